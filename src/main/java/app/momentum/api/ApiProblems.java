package app.momentum.api;

import app.momentum.base.Translatable;
import app.momentum.base.i18n.MomentumI18NProvider;
import app.momentum.measurement.importing.SurveyImportException;
import java.net.URI;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Builds the API's RFC 9457 problem details: the title is the status phrase, the detail a translated message
 * (English, or Dutch when the request asks for it), and {@code code} the message key, which scripts can rely on
 * where the wording changes. Fields, rows and columns at fault are added by the callers as extra properties.
 */
@Component
public class ApiProblems {

    /** Problem types are URNs: stable names, not links that must resolve. */
    static final String TYPE_PREFIX = "urn:momentum:problem:";

    private final MomentumI18NProvider messages;

    public ApiProblems(MomentumI18NProvider messages) {
        this.messages = messages;
    }

    /** A survey file that cannot be imported: the row, column and cell value at fault. */
    public ProblemDetail surveyImport(SurveyImportException problem, Locale locale) {
        ProblemDetail detail = problem(HttpStatus.BAD_REQUEST, "survey-import", problem.key(), locale,
                problem.messageArguments());
        if (problem.row() != null) {
            detail.setProperty("row", problem.row());
        }
        if (problem.column() != null) {
            detail.setProperty("column", problem.column());
        }
        if (problem.value() != null) {
            detail.setProperty("value", problem.value());
        }
        return detail;
    }

    /** A problem with the message {@code key} in the request's language. */
    public ProblemDetail problem(HttpStatus status, String kind, String key, Locale locale, Object... arguments) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message(key, locale, arguments));
        problem.setTitle(status.getReasonPhrase());
        problem.setType(URI.create(TYPE_PREFIX + kind));
        problem.setProperty("code", key);
        return problem;
    }

    /** The message in English or Dutch; translatable arguments (labels) are translated first. */
    public String message(String key, Locale locale, Object... arguments) {
        Locale language = MomentumI18NProvider.supported(locale);
        Object[] translated = arguments == null ? new Object[0] : arguments.clone();
        for (int i = 0; i < translated.length; i++) {
            if (translated[i] instanceof Translatable translatable) {
                translated[i] = messages.getTranslation(translatable.key(), language);
            }
        }
        return messages.getTranslation(key, language, translated);
    }
}
