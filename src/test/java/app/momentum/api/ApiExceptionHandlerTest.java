package app.momentum.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.base.i18n.MomentumI18NProvider;
import app.momentum.measurement.importing.SurveyImportException;
import java.net.URI;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;

/** A survey file's error becomes a problem naming the row, column and value at fault, in the caller's language. */
class ApiExceptionHandlerTest {

    private final ApiExceptionHandler handler = new ApiExceptionHandler(new ApiProblems(new MomentumI18NProvider()),
            org.springframework.util.unit.DataSize.ofMegabytes(50));

    @Test
    void aSurveyImportErrorNamesRowColumnAndValue() {
        SurveyImportException error = new SurveyImportException("import.error.out-of-range", 7, "Welcome call", "12", 0, 10);

        ProblemDetail problem = handler.surveyImport(error, Locale.ENGLISH).getBody();

        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getType()).isEqualTo(URI.create("urn:momentum:problem:survey-import"));
        assertThat(problem.getDetail()).isEqualTo("Row 7, column \"Welcome call\": \"12\" must be between 0 and 10.");
        assertThat(problem.getProperties()).containsEntry("row", 7).containsEntry("column", "Welcome call")
                .containsEntry("value", "12").containsEntry("code", "import.error.out-of-range");
    }

    @Test
    void aFileLevelErrorHasNoRowAndSpeaksDutchWhenAsked() {
        SurveyImportException error = new SurveyImportException("import.error.empty-file", null, null, null);

        ProblemDetail problem = handler.surveyImport(error, Locale.forLanguageTag("nl-NL")).getBody();

        assertThat(problem.getProperties()).doesNotContainKeys("row", "column", "value");
        assertThat(problem.getDetail()).isNotBlank().isNotEqualTo("The file is empty.");
    }

    @Test
    void anUploadOverTheLimitIs413WithTheLimitInTheMessage() throws Exception {
        var request = new org.springframework.mock.web.MockHttpServletRequest();
        var response = handler.handleException(new org.springframework.web.multipart.MaxUploadSizeExceededException(1),
                new org.springframework.web.context.request.ServletWebRequest(request));

        assertThat(response.getStatusCode().value()).isEqualTo(413);
        ProblemDetail problem = (ProblemDetail) response.getBody();
        assertThat(problem.getDetail()).isEqualTo("The file is too large (maximum 52428800 bytes).");
        assertThat(problem.getProperties()).containsEntry("code", "import.error.too-large");
    }
}
