package nl.schakel.web;

import java.util.List;
import java.util.UUID;

import nl.schakel.access.Role;
import nl.schakel.access.SchakelUser;
import nl.schakel.intake.Cosigning;
import nl.schakel.notifications.Notice;
import nl.schakel.notifications.Notices;
import nl.schakel.stacking.ProposalsAwaitingReview;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The start page: for each role the person holds, what that role does in Schakel and where to begin. */
@Controller
class HomeController {

    private final Navigation navigation;
    private final Notices notices;
    private final ProposalsAwaitingReview proposals;
    private final Cosigning cosigning;

    HomeController(Navigation navigation, Notices notices, ProposalsAwaitingReview proposals, Cosigning cosigning) {
        this.cosigning = cosigning;
        this.navigation = navigation;
        this.notices = notices;
        this.proposals = proposals;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal SchakelUser user, Model model) {
        List<Role> roles = user.roles().stream().sorted().toList();
        List<NavigationItem> tiles = navigation.itemsFor(user).stream()
                .filter(item -> !item.href().equals("/")).toList();
        model.addAttribute("roles", roles);
        model.addAttribute("tiles", tiles);
        List<Notice> unread = notices.unreadNamed(user.userId());
        model.addAttribute("notices", unread);
        model.addAttribute("acuteNotices", unread.stream().filter(Notice::acute).count());
        model.addAttribute("proposalsAwaitingReview", proposals.count(user));
        model.addAttribute("awaitingCosignature", cosigning.waitingCount(user));
        return "home";
    }

    /** Goes to what a notice is about without marking it read: a GET changes nothing. */
    @GetMapping("/meldingen/{id}")
    String showNotice(@AuthenticationPrincipal SchakelUser user, @PathVariable UUID id) {
        return notices.find(user.userId(), id)
                .map(notice -> "redirect:" + notice.link())
                .orElse("redirect:/");
    }

    /** Marks a notice read without leaving the start page (Post/Redirect/Get). */
    @PostMapping("/meldingen/{id}/gelezen")
    String markRead(@AuthenticationPrincipal SchakelUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        if (notices.open(user.userId(), id).isPresent()) {
            redirect.addFlashAttribute("notice", "notice.markedRead");
        }
        return "redirect:/#meldingen";
    }

    /** Opens a notice (a button on the start page): marks it read and goes to what it is about. */
    @PostMapping("/meldingen/{id}")
    String openNotice(@AuthenticationPrincipal SchakelUser user, @PathVariable UUID id) {
        return notices.open(user.userId(), id)
                .map(notice -> "redirect:" + notice.link())
                .orElse("redirect:/");
    }
}
