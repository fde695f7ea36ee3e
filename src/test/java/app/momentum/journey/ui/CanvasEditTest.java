package app.momentum.journey.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.momentum.journey.MomentField;
import app.momentum.journey.TargetLevel;
import app.momentum.journey.ui.CanvasEdit.Add;
import app.momentum.journey.ui.CanvasEdit.FieldEdit;
import app.momentum.journey.ui.CanvasEdit.InvalidEdit;
import app.momentum.journey.ui.CanvasEdit.Move;
import com.vaadin.flow.internal.JacksonUtils;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What the canvas sends is read strictly: a well-formed edit becomes typed values, anything else is refused whole. */
class CanvasEditTest {

    private static final UUID MOMENT = UUID.randomUUID();
    private static final UUID PHASE = UUID.randomUUID();

    private static CanvasEdit parse(String json) {
        return CanvasEdit.parse(JacksonUtils.getMapper().readTree(json));
    }

    @Test
    void aTextEditCarriesItsBaseAndValueInTheStoredForm() {
        FieldEdit edit = (FieldEdit) parse("""
                {"kind":"field","momentId":"%s","field":"does","base":"  ","value":" Calls the bank "}""".formatted(MOMENT));
        assertThat(edit.momentId()).isEqualTo(MOMENT);
        assertThat(edit.field()).isEqualTo(MomentField.CUSTOMER_DOES);
        assertThat(edit.base()).isNull();
        assertThat(edit.value()).isEqualTo("Calls the bank");
    }

    @Test
    void emotionsTargetsAndFlagsBecomeTheirTypes() {
        FieldEdit desired = (FieldEdit) parse("""
                {"kind":"field","momentId":"%s","field":"desired","base":null,"value":2}""".formatted(MOMENT));
        assertThat(desired.field()).isEqualTo(MomentField.DESIRED_EMOTION);
        assertThat(desired.value()).isEqualTo(2);
        FieldEdit target = (FieldEdit) parse("""
                {"kind":"field","momentId":"%s","field":"target","base":"SEVEN_PLUS","value":"NINE_PLUS"}""".formatted(MOMENT));
        assertThat(target.value()).isEqualTo(TargetLevel.NINE_PLUS);
        FieldEdit truth = (FieldEdit) parse("""
                {"kind":"field","momentId":"%s","field":"momentOfTruth","base":false,"value":true}""".formatted(MOMENT));
        assertThat(truth.base()).isEqualTo(false);
        assertThat(truth.value()).isEqualTo(true);
    }

    @Test
    void aMoveAndAnAddAreRead() {
        UUID before = UUID.randomUUID();
        assertThat(parse("""
                {"kind":"move","momentId":"%s","phaseId":"%s","beforeId":"%s"}""".formatted(MOMENT, PHASE, before)))
                .isEqualTo(new Move(MOMENT, PHASE, before));
        assertThat(parse("""
                {"kind":"move","momentId":"%s","phaseId":"%s","beforeId":null}""".formatted(MOMENT, PHASE)))
                .isEqualTo(new Move(MOMENT, PHASE, null));
        assertThat(parse("""
                {"kind":"add","phaseId":"%s","title":"Gets the keys"}""".formatted(PHASE)))
                .isEqualTo(new Add(PHASE, "Gets the keys"));
        assertThat(parse("""
                {"kind":"add","phaseId":"%s"}""".formatted(PHASE))).isEqualTo(new Add(PHASE, ""));
    }

    @Test
    void fieldsTheCanvasDoesNotEditAreRefused() {
        assertThatThrownBy(() -> parse("""
                {"kind":"field","momentId":"%s","field":"ownerUserId","base":null,"value":"%s"}""".formatted(MOMENT, UUID.randomUUID())))
                .isInstanceOf(InvalidEdit.class);
        assertThatThrownBy(() -> parse("""
                {"kind":"field","momentId":"%s","base":null,"value":"x"}""".formatted(MOMENT))).isInstanceOf(InvalidEdit.class);
    }

    @Test
    void valuesOfTheWrongTypeAreRefused() {
        for (String value : new String[] {"{\"a\":1}", "[1]", "1.5", "\"loud\""}) {
            assertThatThrownBy(() -> parse("""
                    {"kind":"field","momentId":"%s","field":"desired","base":null,"value":%s}""".formatted(MOMENT, value)))
                    .as(value).isInstanceOf(InvalidEdit.class);
        }
        assertThatThrownBy(() -> parse("""
                {"kind":"field","momentId":"%s","field":"channelId","base":null,"value":"not-an-id"}""".formatted(MOMENT)))
                .isInstanceOf(InvalidEdit.class);
        assertThatThrownBy(() -> parse("""
                {"kind":"field","momentId":"%s","field":"target","base":null,"value":"TEN_PLUS"}""".formatted(MOMENT)))
                .isInstanceOf(InvalidEdit.class);
        assertThatThrownBy(() -> parse("""
                {"kind":"field","momentId":"%s","field":"does","base":null,"value":12}""".formatted(MOMENT)))
                .isInstanceOf(InvalidEdit.class);
    }

    @Test
    void missingOrGarbledIdsAndUnknownKindsAreRefused() {
        assertThatThrownBy(() -> parse("{\"kind\":\"move\",\"momentId\":\"nope\",\"phaseId\":\"%s\"}".formatted(PHASE)))
                .isInstanceOf(InvalidEdit.class);
        assertThatThrownBy(() -> parse("{\"kind\":\"move\",\"phaseId\":\"%s\"}".formatted(PHASE))).isInstanceOf(InvalidEdit.class);
        assertThatThrownBy(() -> parse("{\"kind\":\"move\",\"momentId\":\"%s\",\"phaseId\":7}".formatted(MOMENT)))
                .isInstanceOf(InvalidEdit.class);
        assertThatThrownBy(() -> parse("{\"kind\":\"explode\"}")).isInstanceOf(InvalidEdit.class);
        assertThatThrownBy(() -> parse("{}")).isInstanceOf(InvalidEdit.class);
        assertThatThrownBy(() -> parse("[]")).isInstanceOf(InvalidEdit.class);
        assertThatThrownBy(() -> CanvasEdit.parse(null)).isInstanceOf(InvalidEdit.class);
    }
}
