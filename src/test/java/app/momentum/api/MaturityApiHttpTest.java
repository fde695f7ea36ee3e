package app.momentum.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.momentum.security.TestLogin;
import app.momentum.tenancy.Role;
import app.momentum.testsupport.TenantFixture;
import app.momentum.testsupport.TenantFixture.TestTenant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The maturity scan through the API: open a round, submit answers for participants, read every figure; each bad
 * input answered as problem+json naming what is wrong; another tenant's round is not found.
 */
@SpringBootTest
class MaturityApiHttpTest {

    private static final String PROBLEM = "application/problem+json";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    @Autowired WebApplicationContext context;
    @Autowired TenantFixture fixture;
    @Autowired ApiTokenService tokens;
    @Autowired JdbcTemplate jdbc;

    MockMvc mvc;
    TestTenant energy;
    String energyRead;
    String energyWrite;
    String bankWrite;
    String contributor;
    String executive;

    @BeforeEach
    void tokensOfTwoTenants() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        energy = fixture.create("maturity-api-energy");
        TestTenant bank = fixture.create("maturity-api-bank");
        energyRead = ApiTestSupport.token(tokens, energy, ApiTokenScope.READ);
        energyWrite = ApiTestSupport.token(tokens, energy, ApiTokenScope.READ_WRITE);
        bankWrite = ApiTestSupport.token(tokens, bank, ApiTokenScope.READ_WRITE);
        contributor = energy.user(Role.CONTRIBUTOR).getEmail();
        executive = energy.user(Role.EXECUTIVE).getEmail();
    }

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    @Test
    void openSubmitAndReadEveryFigure() throws Exception {
        String location = as(energyWrite, post("/api/v1/maturity/rounds").contentType(MediaType.APPLICATION_JSON)
                .content(newRound("Scan 2026", TODAY.plusDays(10), contributor, executive)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", Matchers.startsWith("/api/v1/maturity/rounds/")))
                .andExpect(jsonPath("$.name").value("Scan 2026"))
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.closingDate").value(TODAY.plusDays(10).toString()))
                .andExpect(jsonPath("$.participants.length()").value(2))
                .andExpect(jsonPath("$.results").value(Matchers.nullValue()))
                .andReturn().getResponse().getHeader("Location");

        as(energyWrite, post(location + "/answers").contentType(MediaType.APPLICATION_JSON)
                .content(answers(contributor, s -> s == 5 ? "a" : "D")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.submitted").value(1));
        as(energyWrite, post(location + "/answers").contentType(MediaType.APPLICATION_JSON)
                .content(answers(executive, s -> s == 5 ? "E" : "B")))
                .andExpect(status().isOk());

        as(energyRead, get(location)).andExpect(status().isOk())
                .andExpect(jsonPath("$.submitted").value(2))
                .andExpect(jsonPath("$.results.statementMeans['1']").value(2.0))
                .andExpect(jsonPath("$.results.statementMeans['5']").value(2.0))
                // Define: 3 + 5 + 5 statements at 2.0
                .andExpect(jsonPath("$.results.score.partTotals.DEFINE").value(6.0))
                .andExpect(jsonPath("$.results.score.quadrantTotals.DEFINE").value(26.0))
                .andExpect(jsonPath("$.results.score.levels.DEFINE").value("ADVANCED"))
                .andExpect(jsonPath("$.results.score.formalStep").value(1))
                .andExpect(jsonPath("$.results.score.inconsistencies").isArray())
                .andExpect(jsonPath("$.results.score.advice.DEFINE.focusFirst").isArray())
                .andExpect(jsonPath("$.results.disagreement[0].statement").value(5))
                .andExpect(jsonPath("$.results.disagreement[0].lowest").value(0))
                .andExpect(jsonPath("$.results.disagreement[0].highest").value(4))
                .andExpect(jsonPath("$.results.participants.length()").value(2))
                .andExpect(jsonPath("$.results.participants[?(@.email == '" + contributor + "')].answers['5']").value("A"))
                .andExpect(jsonPath("$.results.participants[?(@.email == '" + contributor + "')].score.partTotals.DEFINE")
                        .value(9.0));
    }

    @Test
    void badRoundsAreRefusedNamingTheField() throws Exception {
        as(energyWrite, post("/api/v1/maturity/rounds").contentType(MediaType.APPLICATION_JSON)
                .content(newRound("Scan", TODAY, contributor, "nobody@example.com")))
                .andExpect(status().isBadRequest()).andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.code").value("maturityScan.error.unknownEmail"))
                .andExpect(jsonPath("$.field").value("participants"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("nobody@example.com")));
        as(energyWrite, post("/api/v1/maturity/rounds").contentType(MediaType.APPLICATION_JSON)
                .content(newRound("Scan", TODAY.minusDays(1), contributor)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("maturityScan.error.closesOnPast"))
                .andExpect(jsonPath("$.field").value("closingDate"));
        as(energyWrite, post("/api/v1/maturity/rounds").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"Scan\", \"participants\": [], \"closingDate\": \"" + TODAY + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("participants"));
        as(energyRead, post("/api/v1/maturity/rounds").contentType(MediaType.APPLICATION_JSON)
                .content(newRound("Scan", TODAY, contributor)))
                .andExpect(status().isForbidden());
    }

    @Test
    void badAnswersAreRefusedNamingTheStatementsAndValues() throws Exception {
        String location = open(contributor);

        as(energyWrite, post(location + "/answers").contentType(MediaType.APPLICATION_JSON)
                .content(answers(contributor, s -> s == 3 || s == 17 ? null : "C")))
                .andExpect(status().isBadRequest()).andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.code").value("maturityScan.error.missing"))
                .andExpect(jsonPath("$.field").value("answers"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("(3, 17)")));
        as(energyWrite, post(location + "/answers").contentType(MediaType.APPLICATION_JSON)
                .content(answers(contributor, s -> s == 7 ? "F" : "C")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("maturityScan.error.invalidAnswer"))
                .andExpect(jsonPath("$.detail").value(Matchers.allOf(Matchers.containsString("Statement 7"),
                        Matchers.containsString("\"F\""))));
        as(energyWrite, post(location + "/answers").contentType(MediaType.APPLICATION_JSON)
                .content(answers(executive, s -> "C")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("maturityScan.error.notAParticipant"))
                .andExpect(jsonPath("$.field").value("email"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString(executive)));
        as(energyRead, post(location + "/answers").contentType(MediaType.APPLICATION_JSON)
                .content(answers(contributor, s -> "C")))
                .andExpect(status().isForbidden());
        as(energyRead, get(location)).andExpect(jsonPath("$.submitted").value(0));
    }

    @Test
    void aClosedRoundTakesNoAnswers() throws Exception {
        String location = open(contributor);
        jdbc.update("update maturity_round set closes_on = ? where id = ?::uuid", TODAY.minusDays(1),
                location.substring(location.lastIndexOf('/') + 1));
        as(energyWrite, post(location + "/answers").contentType(MediaType.APPLICATION_JSON)
                .content(answers(contributor, s -> "C")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("maturityScan.error.closed"));
        as(energyRead, get(location)).andExpect(jsonPath("$.status").value("CLOSED"));
    }

    @Test
    void anUnknownRoundOrAnotherTenantsRoundIsNotFound() throws Exception {
        String location = open(contributor);
        as(bankWrite, get(location)).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.code").value("error.notFound"));
        as(bankWrite, post(location + "/answers").contentType(MediaType.APPLICATION_JSON)
                .content(answers(contributor, s -> "C")))
                .andExpect(status().isNotFound());
        as(energyRead, get("/api/v1/maturity/rounds/" + java.util.UUID.randomUUID())).andExpect(status().isNotFound());
        as(energyRead, get("/api/v1/maturity/rounds/not-an-id")).andExpect(status().isNotFound());
    }

    private String open(String... participants) throws Exception {
        return as(energyWrite, post("/api/v1/maturity/rounds").contentType(MediaType.APPLICATION_JSON)
                .content(newRound("Scan", TODAY.plusDays(3), participants)))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
    }

    private static String newRound(String name, LocalDate closingDate, String... emails) {
        return "{\"name\": \"" + name + "\", \"participants\": ["
                + List.of(emails).stream().map(e -> "\"" + e + "\"").collect(Collectors.joining(", "))
                + "], \"closingDate\": \"" + closingDate + "\"}";
    }

    /** All 42 answers with the letter per statement; null leaves the statement out. */
    private static String answers(String email, IntFunction<String> letter) {
        List<String> entries = new ArrayList<>();
        IntStream.rangeClosed(1, 42).forEach(s -> {
            if (letter.apply(s) != null) {
                entries.add("\"" + s + "\": \"" + letter.apply(s) + "\"");
            }
        });
        return "{\"email\": \"" + email + "\", \"answers\": {" + String.join(", ", entries) + "}}";
    }

    private ResultActions as(String token, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header("Authorization", "Bearer " + token));
    }
}
