package nl.schakel.handling.web;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The workbench. Its whole state is in the address (decision 0026): the bucket ({@code bak}), form, acute and "mine"
 * filters as they are, and the search words as a random handle ({@code zoek}) to words kept in the person's session
 * — search words can be names or phone numbers, so they never travel in a URL or the history. A reload or "Back"
 * shows the same list. The filter form posts; htmx gets only the list and pushes the address, a browser without
 * script gets the whole page.
 */
@Controller
@PreAuthorize("hasRole('DESIGNATED_OFFICER')")
class WorkbenchController {

    private static final int MAX_SEARCH = 200;
    private static final int KEPT_SEARCHES = 20;
    private static final String SEARCHES = WorkbenchController.class.getName() + ".searches";
    private static final SecureRandom RANDOM = new SecureRandom();

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
            @RequestParam(defaultValue = "false") boolean mijn, @RequestParam(defaultValue = "") String zoek,
            @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx,
            @RequestHeader(value = "HX-History-Restore-Request", required = false) @Nullable String restore,
            HttpSession session, Model model) {
        String words = searches(session).getOrDefault(zoek, "");
        show(officer, new State(words, vorm, acuut, bak, mijn), model);
        model.addAttribute("zoek", words.isEmpty() ? "" : zoek);
        // Going back in htmx's history asks for the whole page.
        return htmx != null && restore == null ? "handling/workbench :: results" : "handling/workbench";
    }

    /**
     * The filter and search words travel in a POST body, never in a URL. Nothing here refuses: words beyond the limit
     * are cut off, an unknown form or bucket means "any", a value that does not convert means no. A clicked tab
     * ({@code tab}) wins over the bucket the form remembered ({@code bak}).
     */
    public record Search(@Nullable String q, @Nullable String vorm, @Nullable Boolean acuut, @Nullable String bak,
            @Nullable String tab, @Nullable Boolean mijn) {
    }

    @PostMapping("/signalen")
    String search(@AuthenticationPrincipal SchakelUser officer, @Valid @ModelAttribute("search") Search search,
            BindingResult unconverted, @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx,
            HttpSession session, HttpServletResponse response, Model model) {
        model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "search");
        boolean acute = !unconverted.hasErrors() && Boolean.TRUE.equals(search.acuut());
        boolean mine = !unconverted.hasErrors() && Boolean.TRUE.equals(search.mijn());
        String q = search.q() == null ? "" : search.q().strip();
        State state = show(officer, new State(q.length() > MAX_SEARCH ? q.substring(0, MAX_SEARCH) : q,
                search.vorm() == null ? "" : search.vorm(), acute,
                search.tab() != null ? search.tab() : search.bak() == null ? "" : search.bak(), mine), model);
        String handle = state.q().isEmpty() ? "" : keep(session, state.q());
        model.addAttribute("zoek", handle);
        if (htmx == null) {
            // Without script the list comes back at once (a search changes nothing).
            return "handling/workbench";
        }
        response.setHeader("HX-Push-Url", address((String) model.getAttribute("bak"),
                (String) model.getAttribute("vorm"), acute, mine, handle));
        return "handling/workbench :: results";
    }

    /** What the workbench shows: the words, form, acute, bucket and "mine" as asked (unknown values mean any). */
    record State(String q, String vorm, boolean acuut, String bak, boolean mijn) {
    }

    private State show(SchakelUser officer, State asked, Model model) {
        String form = catalogues.current().exploitationForm(asked.vorm()).isPresent() ? asked.vorm() : null;
        Workbench.Bucket bucket = bucket(asked.bak());
        model.addAttribute("view", workbench.show(officer,
                new SignalFilter(asked.q(), form, asked.acuut(), asked.mijn() ? officer.userId() : null), bucket));
        model.addAttribute("q", asked.q());
        model.addAttribute("vorm", form == null ? "" : form);
        model.addAttribute("acuut", asked.acuut());
        model.addAttribute("mijn", asked.mijn());
        model.addAttribute("bak", bucket == null ? "" : bucket.name());
        model.addAttribute("forms", catalogues.current().exploitationForms());
        model.addAttribute("buckets", Workbench.Bucket.values());
        model.addAttribute("proposalsAwaitingReview", proposals.count(officer));
        return asked;
    }

    /** The workbench's address for a state; the words only as their handle. */
    static String address(String bak, String vorm, boolean acuut, boolean mijn, String handle) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/signalen");
        if (!bak.isEmpty()) {
            uri.queryParam("bak", bak);
        }
        if (!vorm.isEmpty()) {
            uri.queryParam("vorm", vorm);
        }
        if (acuut) {
            uri.queryParam("acuut", true);
        }
        if (mijn) {
            uri.queryParam("mijn", true);
        }
        if (!handle.isEmpty()) {
            uri.queryParam("zoek", handle);
        }
        return uri.build().encode().toUriString();
    }

    /** Keeps the words in the session under a random handle; the same words keep their handle. */
    private static String keep(HttpSession session, String words) {
        Map<String, String> kept = searches(session);
        for (Map.Entry<String, String> entry : kept.entrySet()) {
            if (entry.getValue().equals(words)) {
                return entry.getKey();
            }
        }
        byte[] bytes = new byte[9];
        RANDOM.nextBytes(bytes);
        String handle = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        kept.put(handle, words);
        while (kept.size() > KEPT_SEARCHES) {
            kept.remove(kept.keySet().iterator().next());
        }
        session.setAttribute(SEARCHES, kept);
        return handle;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> searches(HttpSession session) {
        Object kept = session.getAttribute(SEARCHES);
        return kept instanceof LinkedHashMap<?, ?> map ? (LinkedHashMap<String, String>) map : new LinkedHashMap<>();
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
