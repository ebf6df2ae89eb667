package nl.schakel.handling.web;

import jakarta.validation.Valid;
import nl.schakel.access.SchakelUser;
import nl.schakel.catalogue.IndicatorCatalogues;
import nl.schakel.handling.Workbench;
import nl.schakel.signal.SignalFilter;
import nl.schakel.stacking.ProposalsAwaitingReview;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The workbench. One URL: the whole page, or — for htmx, when the filter changes — only the list. The
 * bucket, form and acute filter may be in the address (they say nothing about anyone); search words
 * can be names or phone numbers, so they travel only in a POST body, never in a URL or the history.
 */
@Controller
@PreAuthorize("hasRole('DESIGNATED_OFFICER')")
class WorkbenchController {

    private static final int MAX_SEARCH = 200;

    private final Workbench workbench;
    private final IndicatorCatalogues catalogues;
    private final ProposalsAwaitingReview proposals;

    WorkbenchController(Workbench workbench, IndicatorCatalogues catalogues, ProposalsAwaitingReview proposals) {
        this.workbench = workbench;
        this.catalogues = catalogues;
        this.proposals = proposals;
    }

    @GetMapping("/signalen")
    String workbench(@AuthenticationPrincipal SchakelUser officer, @RequestParam(defaultValue = "") String vorm,
            @RequestParam(defaultValue = "false") boolean acuut, @RequestParam(defaultValue = "") String bak,
            @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, Model model) {
        return show(officer, "", vorm, acuut, bak, htmx, model);
    }

    /**
     * The filter and search words travel in a POST body, never in a URL. Nothing here refuses: words beyond the limit
     * are cut off, an unknown form or bucket means "any", a value that does not convert means no.
     */
    public record Search(@Nullable String q, @Nullable String vorm, @Nullable Boolean acuut, @Nullable String bak,
            @Nullable String tab) {
    }

    @PostMapping("/signalen")
    String search(@AuthenticationPrincipal SchakelUser officer, @Valid @ModelAttribute("search") Search search,
            BindingResult unconverted, @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx,
            Model model) {
        model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "search");
        Search s = unconverted.hasErrors() ? new Search(search.q(), search.vorm(), null, search.bak(), search.tab())
                : search;
        // A tab that was clicked wins over the bucket the form remembered.
        return show(officer, s.q() == null ? "" : s.q(), s.vorm() == null ? "" : s.vorm(), Boolean.TRUE.equals(s.acuut()),
                s.tab() != null ? s.tab() : s.bak() == null ? "" : s.bak(), htmx, model);
    }

    private String show(SchakelUser officer, String q, String vorm, boolean acuut, String bak, @Nullable String htmx,
            Model model) {
        String text = q.length() > MAX_SEARCH ? q.substring(0, MAX_SEARCH) : q;
        String form = catalogues.current().exploitationForm(vorm).isPresent() ? vorm : null;
        Workbench.Bucket bucket = bucket(bak);
        model.addAttribute("view", workbench.show(officer, new SignalFilter(text, form, acuut), bucket));
        model.addAttribute("q", text);
        model.addAttribute("vorm", form == null ? "" : form);
        model.addAttribute("acuut", acuut);
        model.addAttribute("bak", bucket == null ? "" : bucket.name());
        model.addAttribute("forms", catalogues.current().exploitationForms());
        model.addAttribute("buckets", Workbench.Bucket.values());
        model.addAttribute("proposalsAwaitingReview", proposals.count(officer));
        return htmx != null ? "handling/workbench :: results" : "handling/workbench";
    }

    private static Workbench.@Nullable Bucket bucket(String value) {
        for (Workbench.Bucket b : Workbench.Bucket.values()) {
            if (b.name().equals(value)) {
                return b;
            }
        }
        return null;
    }
}
