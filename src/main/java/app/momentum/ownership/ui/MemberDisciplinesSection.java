package app.momentum.ownership.ui;

import app.momentum.base.ui.Notifications;
import app.momentum.base.ui.UiActions;
import app.momentum.discipline.DisciplineService;
import app.momentum.discipline.DisciplineService.DisciplineRef;
import app.momentum.ownership.OwnershipService;
import app.momentum.tenancy.MemberDetailSection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** On a member's page (tenancy's): the disciplines the member works in, which decide whom an action may go to. */
@org.springframework.stereotype.Component
class MemberDisciplinesSection implements MemberDetailSection {

    private final OwnershipService ownership;
    private final DisciplineService disciplines;

    MemberDisciplinesSection(OwnershipService ownership, DisciplineService disciplines) {
        this.ownership = ownership;
        this.disciplines = disciplines;
    }

    @Override
    public Component create(UUID userId) {
        HorizontalLayout row = new HorizontalLayout();
        MultiSelectComboBox<DisciplineRef> memberDisciplines = new MultiSelectComboBox<>(row.getTranslation("members.disciplines"));
        List<DisciplineRef> all = disciplines.all();
        memberDisciplines.setItems(all);
        memberDisciplines.setItemLabelGenerator(DisciplineRef::name);
        Set<UUID> current = ownership.disciplineIdsOf(userId);
        memberDisciplines.select(all.stream().filter(d -> current.contains(d.id())).toList());
        memberDisciplines.setId("member-disciplines");
        memberDisciplines.setWidth("24rem");
        Button save = new Button(row.getTranslation("members.saveDisciplines"), e -> {
            if (UiActions.attempt(row, () -> ownership.setDisciplinesOf(userId,
                    memberDisciplines.getSelectedItems().stream().map(DisciplineRef::id).collect(Collectors.toSet())))) {
                Notifications.success(row.getTranslation("members.disciplinesSaved"));
            }
        });
        save.setId("member-save-disciplines");
        row.add(memberDisciplines, save);
        row.setAlignItems(Alignment.BASELINE);
        return row;
    }
}
