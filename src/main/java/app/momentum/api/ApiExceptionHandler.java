package app.momentum.api;

import app.momentum.base.ConcurrentEditException;
import app.momentum.base.UserFacingException;
import app.momentum.measurement.survey.DuplicateSurveyException;
import app.momentum.measurement.importing.SurveyImportException;
import jakarta.validation.ConstraintViolation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Every error of the API as {@code application/problem+json} (RFC 9457), with the message in the request's
 * language and the place at fault: {@code field} for a JSON field (plus {@code errors} when several are wrong),
 * {@code row}, {@code column} and {@code value} for a cell of an uploaded survey file. Another tenant's id is
 * answered exactly like an id that does not exist (404), because the services cannot see it.
 *
 * <p>Global on purpose: Spring hands errors raised before a controller is chosen (wrong method or media type) only
 * to global advice, and an error nobody handles would be answered by Vaadin's error page with status 200. Besides
 * the API, Spring MVC serves only Vaadin's forwarding controller and the actuator endpoints. Unknown API paths are
 * answered by {@link ApiFallbackMapping}.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private final long maxUploadBytes;

    private final ApiProblems problems;

    ApiExceptionHandler(ApiProblems problems,
                        @org.springframework.beans.factory.annotation.Value("${momentum.survey.max-file-size:50MB}")
                        org.springframework.util.unit.DataSize maxUpload) {
        this.maxUploadBytes = maxUpload.toBytes();
        this.problems = problems;
    }

    /** A broken rule from a service: not found, someone else's newer change, or invalid input. */
    @ExceptionHandler(UserFacingException.class)
    ResponseEntity<ProblemDetail> userFacing(UserFacingException problem, Locale locale) {
        if ("error.notFound".equals(problem.messageKey())) {
            return respond(problems.problem(HttpStatus.NOT_FOUND, "not-found", problem.messageKey(), locale));
        }
        if (problem instanceof ConcurrentEditException) {
            return respond(problems.problem(HttpStatus.CONFLICT, "conflict", problem.messageKey(), locale));
        }
        if (problem instanceof DuplicateSurveyException duplicate) {
            // the same file again: a conflict the caller resolves with allowDuplicate=true
            ProblemDetail detail = problems.problem(HttpStatus.CONFLICT, "duplicate-survey", problem.messageKey(), locale,
                    problem.arguments());
            detail.setProperty("duplicateOf", duplicate.earlierImportId());
            return respond(detail);
        }
        ProblemDetail detail = problems.problem(HttpStatus.BAD_REQUEST, "validation", problem.messageKey(), locale,
                problem.arguments());
        ApiFields.fieldOf(problem.messageKey()).ifPresent(field -> detail.setProperty("field", field));
        return respond(detail);
    }

    /** A survey file that cannot be imported: the row, column and cell value at fault. */
    @ExceptionHandler(SurveyImportException.class)
    ResponseEntity<ProblemDetail> surveyImport(SurveyImportException problem, Locale locale) {
        return respond(problems.surveyImport(problem, locale));
    }

    /** A service's role check refused the token (a second line behind the URL rules). */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException denied, Locale locale) {
        return respond(problems.problem(HttpStatus.FORBIDDEN, "forbidden", "api.error.readOnlyToken", locale));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> stale(OptimisticLockingFailureException stale, Locale locale) {
        return respond(problems.problem(HttpStatus.CONFLICT, "conflict", "error.concurrentEdit", locale));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> clash(DataIntegrityViolationException clash, Locale locale) {
        log.info("API request clashed with stored data: {}", clash.getMostSpecificCause().getMessage());
        return respond(problems.problem(HttpStatus.CONFLICT, "conflict", "error.conflict", locale));
    }

    /** A malformed id in the path is "not found", like in the UI; a malformed query parameter is the caller's error. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException mismatch, Locale locale) {
        if (mismatch.getParameter().hasParameterAnnotation(PathVariable.class)) {
            return respond(problems.problem(HttpStatus.NOT_FOUND, "not-found", "error.notFound", locale));
        }
        ProblemDetail detail = problems.problem(HttpStatus.BAD_REQUEST, "validation", "api.error.invalidValue", locale,
                mismatch.getName());
        detail.setProperty("field", mismatch.getName());
        return respond(detail);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException unreadable,
                                                                  HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = unreadable.getCause() instanceof JacksonException jackson ? path(jackson) : "";
        ProblemDetail detail;
        if (field.isEmpty()) {
            detail = problems.problem(HttpStatus.BAD_REQUEST, "malformed-request", "api.error.malformedJson", request.getLocale());
        } else {
            detail = problems.problem(HttpStatus.BAD_REQUEST, "validation", "api.error.invalidValue", request.getLocale(), field);
            detail.setProperty("field", field);
        }
        return new ResponseEntity<>(detail, headers, HttpStatus.BAD_REQUEST);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException invalid, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        Locale locale = request.getLocale();
        List<Map<String, Object>> errors = new ArrayList<>();
        for (FieldError error : invalid.getBindingResult().getFieldErrors()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("field", error.getField());
            entry.put("detail", fieldMessage(error, locale));
            errors.add(entry);
        }
        FieldError first = invalid.getBindingResult().getFieldError();
        ProblemDetail detail = problems.problem(HttpStatus.BAD_REQUEST, "validation",
                first == null ? "api.error.invalidRequest" : messageKey(first), locale,
                first == null ? new Object[0] : messageArguments(first));
        if (first != null) {
            detail.setProperty("field", first.getField());
        }
        detail.setProperty("errors", errors);
        return new ResponseEntity<>(detail, headers, HttpStatus.BAD_REQUEST);
    }

    /** An upload over the survey size limit: the same message as in the UI, with status 413. */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            org.springframework.web.multipart.MaxUploadSizeExceededException tooLarge, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ProblemDetail detail = problems.problem(HttpStatus.CONTENT_TOO_LARGE, "survey-import", "import.error.too-large",
                request.getLocale(), null, null, null, maxUploadBytes);
        return new ResponseEntity<>(detail, headers, HttpStatus.CONTENT_TOO_LARGE);
    }

    /** A bug: logged with its stack trace, answered without details. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception failure, Locale locale) {
        log.error("API request failed", failure);
        return respond(problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "api.error.internal", locale));
    }

    /** Anything else Spring reports (wrong method, media type, …): its own problem, with a {@code code} too. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail detail && (detail.getProperties() == null || !detail.getProperties().containsKey("code"))) {
            detail.setProperty("code", ex instanceof ErrorResponse response ? response.getDetailMessageCode() : "error");
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }

    /** Required fields and length limits, in the same words as the forms of the UI. */
    private static String messageKey(FieldError error) {
        return switch (Objects.requireNonNullElse(error.getCode(), "")) {
            case "NotNull", "NotBlank", "NotEmpty" -> "api.error.required";
            case "Size" -> "validation.tooLong";
            default -> "api.error.invalidValue";
        };
    }

    private static Object[] messageArguments(FieldError error) {
        if ("Size".equals(error.getCode()) && error.contains(ConstraintViolation.class)) {
            return new Object[] {error.unwrap(ConstraintViolation.class).getConstraintDescriptor().getAttributes().get("max")};
        }
        return new Object[] {error.getField()};
    }

    private String fieldMessage(FieldError error, Locale locale) {
        return problems.message(messageKey(error), locale, messageArguments(error));
    }

    /** The JSON path of a value Jackson could not read, e.g. {@code type} or {@code phases[2]}. */
    private static String path(JacksonException problem) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : problem.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail detail) {
        return ResponseEntity.status(detail.getStatus()).body(detail);
    }
}
