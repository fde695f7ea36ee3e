package app.momentum.security.sso;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What Momentum reads from a Keycloak ID token (or userinfo): who signed in, the organisations they belong to — by
 * id, since an alias can be renamed — and their realm roles and groups for the role mapping.
 *
 * <p>The {@code organization} claim, as Keycloak 26's organisation membership mapper writes it with "add organization
 * id" on: {@code {"demo-energy": {"id": "0e6f…"}, …}}. A claim without ids (a plain list of aliases, the mapper's
 * default) yields no organisation: the realm must add the ids (see deploy/keycloak/README.md).
 *
 * @param organizations organisation id by alias, in the claim's order
 * @param language      the {@code locale} claim as a language, or null when absent or unreadable
 */
public record SsoClaims(String subject, String email, boolean emailVerified, String displayName, Locale language,
                        Map<String, String> organizations, Set<String> roles, Set<String> groups) {

    public SsoClaims {
        // copies that keep the claim's order (Map.copyOf and Set.copyOf would not)
        organizations = Collections.unmodifiableMap(new LinkedHashMap<>(organizations));
        roles = Collections.unmodifiableSet(new LinkedHashSet<>(roles));
        groups = Collections.unmodifiableSet(new LinkedHashSet<>(groups));
    }

    /**
     * Reads the claims of a token or userinfo answer.
     *
     * @throws IllegalArgumentException when {@code sub} or {@code email} is missing: nobody can be identified
     */
    public static SsoClaims from(Map<String, Object> claims) {
        String subject = text(claims.get("sub"));
        String email = text(claims.get("email"));
        if (subject == null) {
            throw new IllegalArgumentException("The token has no subject (sub)");
        }
        if (email == null) {
            throw new IllegalArgumentException("The token has no e-mail address: add the email scope to the client");
        }
        String name = firstText(claims.get("name"), join(claims.get("given_name"), claims.get("family_name")),
                claims.get("preferred_username"), email);
        return new SsoClaims(subject, email, Boolean.TRUE.equals(claims.get("email_verified"))
                || "true".equals(claims.get("email_verified")), name, language(claims.get("locale")),
                organizations(claims.get("organization")), names(claims.get("roles")), names(claims.get("groups")));
    }

    /** The ids of the organisations in the claim. */
    public Set<String> organizationIds() {
        return new LinkedHashSet<>(organizations.values());
    }

    private static Map<String, String> organizations(Object claim) {
        Map<String, String> byAlias = new LinkedHashMap<>();
        if (claim instanceof Map<?, ?> map) {
            map.forEach((alias, details) -> {
                if (details instanceof Map<?, ?> attributes && text(attributes.get("id")) != null) {
                    byAlias.put(String.valueOf(alias), text(attributes.get("id")));
                }
            });
        }
        return byAlias;
    }

    private static Set<String> names(Object claim) {
        Set<String> names = new LinkedHashSet<>();
        if (claim instanceof Collection<?> values) {
            for (Object value : values) {
                String name = text(value);
                if (name != null) {
                    // a group claim with full paths ("/momentum-executives") names the same group
                    names.add(name.startsWith("/") ? name.substring(name.lastIndexOf('/') + 1) : name);
                }
            }
        } else if (text(claim) != null) {
            names.add(text(claim));
        }
        return names;
    }

    private static Locale language(Object claim) {
        String tag = text(claim);
        if (tag == null) {
            return null;
        }
        Locale locale = Locale.forLanguageTag(tag.replace('_', '-'));
        return locale.getLanguage().isEmpty() ? null : Locale.forLanguageTag(locale.getLanguage());
    }

    private static String join(Object given, Object family) {
        String text = String.join(" ", List.of(String.valueOf(given == null ? "" : given),
                String.valueOf(family == null ? "" : family))).strip();
        return text.isEmpty() ? null : text;
    }

    private static String firstText(Object... candidates) {
        for (Object candidate : candidates) {
            if (text(candidate) != null) {
                return text(candidate);
            }
        }
        return null;
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text = String.valueOf(value).strip();
        return text.isEmpty() ? null : text;
    }
}
