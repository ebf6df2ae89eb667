package nl.schakel.shelter.web;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.schakel.access.Role;
import nl.schakel.access.SchakelUser;
import nl.schakel.forms.FormErrors;
import nl.schakel.shelter.CapacityBoard;
import nl.schakel.shelter.CareOffer;
import nl.schakel.shelter.CareService;
import nl.schakel.shelter.ContraIndication;
import nl.schakel.shelter.ExploitationForm;
import nl.schakel.shelter.Hsds;
import nl.schakel.shelter.ImportReport;
import nl.schakel.shelter.IntakeRoute;
import nl.schakel.shelter.OfferWorkbooks;
import nl.schakel.shelter.Payer;
import nl.schakel.shelter.ServedSex;
import nl.schakel.shelter.ServiceArea;
import nl.schakel.shelter.ServiceKind;
import nl.schakel.shelter.Target;
import nl.schakel.shelter.UnknownServiceException;
import nl.schakel.shelter.internal.UnreadableWorkbookException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The care offer: the coordinator reads the region's (and exports and imports it as xlsx, exports HSDS JSON), a
 * provider maintains its own services.
 */
@Controller
@RequestMapping("/zorgaanbod")
@PreAuthorize("hasAnyRole('CARE_COORDINATOR', 'CARE_PROVIDER')")
class OfferController {

    private static final String EDIT = "shelter/service-edit";
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final CareOffer offer;
    private final OfferWorkbooks workbooks;
    private final CapacityBoard board;

    OfferController(CareOffer offer, OfferWorkbooks workbooks, CapacityBoard board) {
        this.offer = offer;
        this.workbooks = workbooks;
        this.board = board;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SchakelUser user, Model model) {
        model.addAttribute("services", offer.visibleTo(user));
        model.addAttribute("coordinator", user.hasRole(Role.CARE_COORDINATOR));
        model.addAttribute("provider", user.hasRole(Role.CARE_PROVIDER));
        if (!model.containsAttribute("importForm")) {
            model.addAttribute("importForm", new ImportForm(null));
        }
        return "shelter/offer";
    }

    @GetMapping("/nieuw")
    @PreAuthorize("hasRole('CARE_PROVIDER')")
    String create(Model model) {
        return edit(model, null, ServiceForm.empty(), false);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasRole('CARE_PROVIDER')")
    String show(@AuthenticationPrincipal SchakelUser user, @PathVariable UUID id, Model model) {
        CareService service = offer.own(user, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return edit(model, id, ServiceForm.of(service), offer.hasAddress(id));
    }

    @PostMapping("/nieuw")
    @PreAuthorize("hasRole('CARE_PROVIDER')")
    String add(@AuthenticationPrincipal SchakelUser user, @Valid @ModelAttribute("serviceForm") ServiceForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        return save(user, null, form, errors, model, redirect);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasRole('CARE_PROVIDER')")
    String update(@AuthenticationPrincipal SchakelUser user, @PathVariable UUID id,
            @Valid @ModelAttribute("serviceForm") ServiceForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (offer.own(user, id).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return save(user, id, form, errors, model, redirect);
    }

    private String save(SchakelUser user, @Nullable UUID id, ServiceForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return edit(model, id, form, id != null && offer.hasAddress(id));
        }
        try {
            offer.save(user, id, form.description(), form.address());
        } catch (UnknownServiceException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("notice", "shelter.service.saved");
        return "redirect:/zorgaanbod";
    }

    private String edit(Model model, @Nullable UUID id, ServiceForm form, boolean hasAddress) {
        model.addAttribute("serviceForm", form);
        model.addAttribute("action", id == null ? "/zorgaanbod/nieuw" : "/zorgaanbod/" + id);
        model.addAttribute("hasAddress", hasAddress);
        model.addAttribute("kinds", ServiceKind.values());
        model.addAttribute("forms", ExploitationForm.values());
        model.addAttribute("sexes", ServedSex.values());
        model.addAttribute("targets", Target.values());
        model.addAttribute("areas", ServiceArea.values());
        model.addAttribute("contraIndications", ContraIndication.values());
        model.addAttribute("routes", IntakeRoute.values());
        model.addAttribute("payers", Payer.values());
        return EDIT;
    }

    @GetMapping("/export.xlsx")
    @PreAuthorize("hasRole('CARE_COORDINATOR')")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal SchakelUser user) {
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("zorgaanbod.xlsx").build().toString())
                .body(workbooks.export(user));
    }

    @GetMapping(path = "/hsds.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('CARE_COORDINATOR')")
    @ResponseBody
    List<Hsds.Organization> hsds(@AuthenticationPrincipal SchakelUser user) {
        List<CareService> services = offer.inRegion(user.regionId());
        return Hsds.of(services, board.figures(services.stream().map(CareService::id).toList()));
    }

    @PostMapping("/import")
    @PreAuthorize("hasRole('CARE_COORDINATOR')")
    String importWorkbook(@AuthenticationPrincipal SchakelUser user,
            @Valid @ModelAttribute("importForm") ImportForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) throws IOException {
        if (form.file() == null || form.file().isEmpty()) {
            FormErrors.refuse(errors, "file", "shelter.import.file.required");
            return list(user, model);
        }
        ImportReport report;
        try {
            report = workbooks.importWorkbook(user, form.file().getInputStream());
        } catch (UnreadableWorkbookException e) {
            FormErrors.refuse(errors, "file", "shelter.import.file.unreadable");
            return list(user, model);
        }
        redirect.addFlashAttribute("importReport", report);
        return "redirect:/zorgaanbod";
    }

    @ExceptionHandler(UnknownServiceException.class)
    ResponseEntity<Void> unknown() {
        return ResponseEntity.notFound().build();
    }
}
