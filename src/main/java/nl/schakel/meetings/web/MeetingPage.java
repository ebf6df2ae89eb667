package nl.schakel.meetings.web;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.schakel.access.SchakelUser;
import nl.schakel.meetings.Agendas;
import nl.schakel.meetings.DecisionKind;
import nl.schakel.meetings.ItemKind;
import nl.schakel.meetings.MeetingView;
import nl.schakel.organisations.Organisation;
import nl.schakel.organisations.OrganisationType;
import nl.schakel.organisations.Organisations;
import nl.schakel.organisations.RegionId;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/** Renders the meeting page (agenda builder, conduct mode, minutes) on every path, also a form that comes back. */
@Component
class MeetingPage {

    static final String TEMPLATE = "meetings/meeting";

    private static final Set<OrganisationType> PARTNERS = EnumSet.of(OrganisationType.POLICE,
            OrganisationType.LABOUR_INSPECTORATE, OrganisationType.CARE_COORDINATION, OrganisationType.REPORTING_CENTRE,
            OrganisationType.CARE_PROVIDER);

    private final Agendas agendas;
    private final Organisations organisations;

    MeetingPage(Agendas agendas, Organisations organisations) {
        this.agendas = agendas;
        this.organisations = organisations;
    }

    /** The page again with the sent form (and its errors) in place of the empty one. */
    String again(SchakelUser viewer, UUID meeting, Model model, String name, Object form, BindingResult errors) {
        String view = show(viewer, meeting, model);
        model.addAttribute(name, form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, errors);
        return view;
    }

    String show(SchakelUser viewer, UUID meeting, Model model) {
        MeetingView view = agendas.view(viewer, meeting);
        MeetingForms.addEmpty(model);
        model.addAttribute("view", view);
        model.addAttribute("titledKinds", ItemKind.titled());
        model.addAttribute("decisions", DecisionKind.values());
        Map<UUID, String> itemOptions = new LinkedHashMap<>();
        for (MeetingView.Item item : view.items()) {
            if (!item.restricted() && item.kind() != ItemKind.ACTION_LIST) {
                itemOptions.put(item.id(), item.title() == null ? "" : item.title());
            }
        }
        model.addAttribute("itemOptions", itemOptions);
        if (view.organiser()) {
            Map<UUID, String> partners = new LinkedHashMap<>();
            for (Organisation organisation : organisations.inRegion(new RegionId(viewer.regionId()))) {
                if (organisation.active() && PARTNERS.contains(organisation.type())) {
                    partners.put(organisation.id().value(), organisation.name());
                }
            }
            model.addAttribute("partners", partners);
        }
        return TEMPLATE;
    }
}
