package nl.schakel.forms;

import java.time.Duration;
import java.util.Map;

import nl.schakel.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

import static org.assertj.core.api.Assertions.assertThat;

/** A secret held across a redirect is handed out once, and not after two minutes. */
class ShownOnceTests {

    private final MutableClock clock = new MutableClock();
    private final ShownOnce shownOnce = new ShownOnce(clock);

    @Test
    void theValuesAreHandedOutOnceEvenWhenTheHandleComesAgain() {
        RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();
        shownOnce.hold(redirect, Map.of("temporaryPassword", "geheim-123"));
        Object handle = redirect.getFlashAttributes().get(ShownOnce.FLASH);
        assertThat(handle).isInstanceOf(String.class).asString().doesNotContain("geheim");

        Model first = new ExtendedModelMap().addAttribute(ShownOnce.FLASH, handle);
        Model again = new ExtendedModelMap().addAttribute(ShownOnce.FLASH, handle);

        assertThat(shownOnce.reveal(first)).isTrue();
        assertThat(first.getAttribute("temporaryPassword")).isEqualTo("geheim-123");
        assertThat(shownOnce.reveal(again)).isFalse();
        assertThat(again.getAttribute("temporaryPassword")).isNull();
    }

    @Test
    void afterTwoMinutesNothingIsHandedOut() {
        RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();
        shownOnce.hold(redirect, Map.of("tokenValue", "skl_x"));
        clock.advance(Duration.ofMinutes(2).plusSeconds(1));

        Model model = new ExtendedModelMap().addAttribute(ShownOnce.FLASH,
                redirect.getFlashAttributes().get(ShownOnce.FLASH));

        assertThat(shownOnce.reveal(model)).isFalse();
        assertThat(shownOnce.reveal(new ExtendedModelMap())).isFalse();
    }
}
