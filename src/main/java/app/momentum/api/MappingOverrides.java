package app.momentum.api;

import app.momentum.base.UserFacingException;
import app.momentum.measurement.importing.ColumnAssignment;
import app.momentum.measurement.importing.ColumnRole;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code mapping} of a survey upload: a JSON object from column header to role, overriding the automatic mapping
 * for the columns it names. A role is a string ({@code "CXI_NEEDS"}, {@code "IGNORE"}) or an object with the role
 * and what it needs: {@code {"role": "MOMENT", "momentId": "…"}}, {@code {"role": "SEGMENT", "label": "Region"}},
 * {@code {"role": "BRAND_VALUE_5", "brandValueId": "…"}}.
 */
final class MappingOverrides {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ROLES = Arrays.stream(ColumnRole.values()).map(Enum::name)
            .collect(Collectors.joining(", "));

    private MappingOverrides() {
    }

    /**
     * The overrides by header, in the order given; empty for a blank parameter.
     *
     * @throws UserFacingException naming what is wrong, on the field {@code mapping}
     */
    static Map<String, ColumnAssignment> parse(String json) {
        Map<String, ColumnAssignment> overrides = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return overrides;
        }
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new UserFacingException("api.error.mappingJson");
        }
        if (root == null || !root.isObject()) {
            throw new UserFacingException("api.error.mappingJson");
        }
        for (Map.Entry<String, JsonNode> entry : root.properties()) {
            overrides.put(entry.getKey(), assignment(entry.getKey(), entry.getValue()));
        }
        return overrides;
    }

    private static ColumnAssignment assignment(String header, JsonNode value) {
        JsonNode roleNode = value.isObject() ? value.get("role") : value;
        ColumnRole role = role(header, roleNode);
        if (role.needsMoment()) {
            UUID momentId = uuid(value.isObject() ? value.get("momentId") : null);
            if (momentId == null) {
                throw new UserFacingException("api.error.mappingMoment", header);
            }
            return new ColumnAssignment(role, momentId);
        }
        if (role.needsBrandValue()) {
            UUID brandValueId = uuid(value.isObject() ? value.get("brandValueId") : null);
            if (brandValueId == null) {
                throw new UserFacingException("api.error.mappingBrandValue", header);
            }
            return ColumnAssignment.brandValue(role, brandValueId);
        }
        JsonNode label = value.isObject() ? value.get("label") : null;
        return new ColumnAssignment(role, null, label != null && label.isString() ? label.asString() : null);
    }

    /** The node as a UUID, or null when it is missing or not one (the caller names the column). */
    private static UUID uuid(JsonNode node) {
        if (node == null || !node.isString()) {
            return null;
        }
        try {
            return UUID.fromString(node.asString());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static ColumnRole role(String header, JsonNode node) {
        if (node != null && node.isString()) {
            try {
                return ColumnRole.valueOf(node.asString().strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException ignored) {
                // reported below
            }
        }
        throw new UserFacingException("api.error.mappingRole", header, node == null ? "" : node.toString(), ROLES);
    }
}
