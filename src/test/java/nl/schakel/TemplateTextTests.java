package nl.schakel;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TemplateTextTests {

    @Test
    void findsTextInAPageDecoratedByTheLayout() {
        String page = """
                <html th:replace="~{layout :: layout(~{::title}, ~{::section})}">
                <section><h1 th:text="#{home.title}">Voorbeeld</h1><p>Welkom</p></section></html>""";
        assertThat(TemplateText.literals(page)).containsExactly("Welkom");
    }

    @Test
    void findsReadAttributesWithoutAThCounterpart() {
        String page = """
                <img src="x.png" alt="Logo"><input placeholder="Zoek" th:placeholder="#{search}">
                <button aria-label="Sluiten"></button><span title="" aria-hidden="true">&nbsp;&times; · 3</span>""";
        assertThat(TemplateText.literals(page)).containsExactly("<img alt=\"Logo\">", "<button aria-label=\"Sluiten\">");
    }

    @Test
    void ignoresPlaceholdersScriptsCommentsAndInlinedExpressions() {
        String page = """
                <!-- Uitleg --><div th:replace="~{fragments :: field}">Veld</div><p th:utext="${x}">Tekst</p>
                <script src="a.js"></script><p>[[#{home.title}]]</p><ul><li th:text="${a}">Een<li>[(${b})]</ul>""";
        assertThat(TemplateText.literals(page)).isEmpty();
    }
}
