package app.momentum.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.web.context.WebApplicationContext;

/**
 * The served OpenAPI document is valid for the parser client generators use, and equals the copy committed under
 * {@code src/test/resources/openapi}, from which the test build generates a Java client ({@code OpenApiClientIT}).
 * After a deliberate API change, refresh the copy with {@code -Dmomentum.openapi.update=true} and review the diff.
 */
@SpringBootTest
class OpenApiDocumentTest {

    static final Path COMMITTED = Path.of("src/test/resources/openapi/momentum-api.json");

    @Autowired WebApplicationContext context;
    MockMvc mvc;

    @BeforeEach
    void mvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).build();
    }

    @Test
    void theServedDocumentIsValidOpenApi() throws Exception {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIParser().readContents(served(), null, options);
        assertThat(result.getMessages()).as("validator messages").isEmpty();
        assertThat(result.getOpenAPI().getComponents().getSchemas()).containsKey(OpenApiConfig.PROBLEM);
        assertThat(result.getOpenAPI().getComponents().getSchemas().get(OpenApiConfig.PROBLEM).getProperties())
                .containsKeys("type", "title", "status", "detail", "instance", "code", "field");
    }

    @Test
    void theServedDocumentEqualsTheCommittedCopyTheClientIsGeneratedFrom() throws Exception {
        String served = served();
        JsonMapper json = JsonMapper.builder().build();
        if (Boolean.getBoolean("momentum.openapi.update")) {
            Files.writeString(COMMITTED, json.writerWithDefaultPrettyPrinter().writeValueAsString(json.readTree(served))
                    + "\n", StandardCharsets.UTF_8);
        }
        JsonNode committed = json.readTree(Files.readString(COMMITTED, StandardCharsets.UTF_8));
        assertThat(json.readTree(served))
                .as("the served document differs from %s: after a deliberate API change run this test with "
                        + "-Dmomentum.openapi.update=true and commit the new copy", COMMITTED)
                .isEqualTo(committed);
    }

    private String served() throws Exception {
        return mvc.perform(get("/api/v1/openapi.json")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
