package nl.schakel.testing;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;

import static org.assertj.core.api.Assertions.assertThat;

/** Walks the public form in steps (decision 0027) in a browser, the way a resident does, to its check page. */
public final class PublicForm {

    /** The visible "Volgende" button of a page (the first, hidden one only serves Enter in a text field). */
    public static final String NEXT = ".button-row button[value=next]";

    private PublicForm() {
    }

    /** From /melden: a description and Gemeente Utrecht, a resident reporting anonymously, no files. */
    public static void toCheckPage(Page page, String description) {
        page.getByLabel("Beschrijving").fill(description);
        page.locator("#municipalityId").selectOption(new SelectOption().setLabel("Gemeente Utrecht"));
        for (String question : new String[] {"Wie of wat was erbij betrokken?", "Wat viel u op?", "Is er gevaar?",
                "Over u"}) {
            next(page, question);
        }
        page.getByLabel("Wie bent u?").selectOption("RESIDENT");
        next(page, "Wilt u foto's of documenten meesturen?");
        next(page, "Controleer uw melding");
    }

    /** Chooses "Volgende" and waits for the next page's question. */
    public static void next(Page page, String question) {
        page.locator(NEXT).click();
        assertThat(page.locator("h1").textContent()).isEqualTo(question);
    }
}
