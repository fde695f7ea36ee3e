package app.momentum.measurement.survey;

import org.springframework.modulith.NamedInterface;
import app.momentum.base.UserFacingException;
import java.util.UUID;

/**
 * The file was imported for this journey before (same bytes): importing it again would count its respondents twice.
 * The user is asked; the API answers 409 unless {@code allowDuplicate=true}.
 */
@NamedInterface("survey-import")
public class DuplicateSurveyException extends UserFacingException {

    private final UUID earlierImportId;

    DuplicateSurveyException(SurveyImport earlier) {
        super("survey.error.duplicate", earlier.getFileName(), earlier.getFieldedOn().toString());
        this.earlierImportId = earlier.getId();
    }

    /** The import that already holds this file. */
    public UUID earlierImportId() {
        return earlierImportId;
    }
}
