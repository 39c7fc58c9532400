package org.copydesk.rules.provenance;

import org.copydesk.article.Format;
import org.copydesk.testing.RuleTester;
import org.junit.jupiter.api.Test;

class AssistantLeakageTest {
  private static final String STORY = "Pool reopens\n\nThe town's outdoor pool will reopen on Saturday after a "
      + "£200,000 repair of its filters, the leisure trust said.\n\n";

  @Test
  void flagsChatbotTextLeftInCopy() {
    RuleTester.of(new AssistantLeakage())
        .expect("Pool reopens\n\n<<Certainly! Here is a rewritten version of the article:>>\n\n"
            + "The town's outdoor pool will reopen on Saturday, the leisure trust said.")
        .expect(STORY + "<<I hope this helps!>> <<Let me know if you'd like any changes.>>")
        .expect(STORY + "<<As an AI language model, I cannot verify the figures in this story.>>")
        .expect(STORY + "The manager, <<[Your Name]>>, said it would open at <<[insert time]>>.")
        .expect(STORY + "Attendance rose last year<<:contentReference[oaicite:3]{index=3}>>.")
        .check();
  }

  @Test
  void flagsChatbotTextInFurtherLanguages() {
    RuleTester.of(new AssistantLeakage())
        .expect(STORY + "<<Would you like me to create a shorter version for social media?>>")
        .expect("Brug\n\n<<Volgens mijn laatste kennisupdate (april 2024) zou de brug in 2025 klaar zijn.>>")
        .expect(STORY + "<<Daj znać, jeśli chcesz, żebym dodał więcej szczegółów.>>")
        .expect(STORY + "<<Toivottavasti tästä on apua!>>")
        .expect("Piscina\n\n<<I tant! Aquí tens una versió més curta de la notícia:>>\n\nLa piscina obre dissabte.")
        .expect("<<Natuurlijk, hieronder vind je het nieuwsbericht in een zakelijke toon:>>\n\nBrand verwoest schuur\n\n"
            + "Een brand heeft zaterdag een schuur verwoest.")
        .expect(STORY + "Törende konuşan <<[Belediye Başkanı Adı]>>, açılışın önemli olduğunu söyledi.")
        .expect(STORY + "<<Przepraszam, ale nie mogę pomóc w podawaniu danych osobowych.>>")
        .check();
  }

  @Test
  void speechAndEditorialBracketsInOtherLanguagesStayQuiet() {
    RuleTester.of(new AssistantLeakage())
        .expectNothing(STORY + "– Jag hoppas att det här hjälper er att planera resorna, sa han.")
        .expectNothing(STORY + "—Espero que esto les sirva —dijo el entrenador—. Si quieren, les preparo otra versión.")
        .expectNothing(STORY + "El portavoz, [nombre omitido], no quiso dar más detalles.")
        .expectNothing("Of course, there are exceptions:\n\nThe pool closes on public holidays.")
        .check();
  }

  @Test
  void flagsChatTrackingInLinkTargets() {
    RuleTester.of(new AssistantLeakage())
        .format(Format.MARKDOWN)
        .expect("# Pool reopens\n\nThe pool reopens on Saturday, the [<<leisure trust>>]"
            + "(https://example.org/pool?utm_source=chatgpt.com) said.\n")
        .check();
  }

  @Test
  void staysQuietOnQuotesAndEditorialBrackets() {
    RuleTester.of(new AssistantLeakage())
        .expectNothing(STORY + "\"I hope this helps,\" the coach told reporters after the match.")
        .expectNothing(STORY + "\"We will not accept [the proposal],\" she said, adding that the figure was wrong [sic].")
        .expectNothing(STORY + "Here is what we know about the repair so far.")
        .expectNothing(STORY + "The study found the same result [1].")
        .check();
  }

  @Test
  void offersOfMoreWorkInFurtherLanguages() {
    RuleTester.of(new AssistantLeakage())
        .expect(STORY + "<<Mogę też napisać krótszą wersję tego artykułu na Facebooka.>>")
        .expect(STORY + "<<Je peux aussi préparer une version plus courte de ce texte pour les réseaux sociaux.>>")
        .expect(STORY + "<<También puedo redactar un resumen de la noticia para el boletín.>>")
        // a reporter who can also do something is not a chatbot
        .expectNothing(STORY + "La alcaldesa dijo que también puedo pedir una cita por teléfono, según la web.")
        .check();
  }

  @Test
  void placeholdersInTheBylineRowButNotLinkedMarkersOrCode() {
    String head = "<html><body><article><p class=\"byline\">By [Your Name] | Staff Writer</p><h1>Pool reopens</h1>"
        + "<p>The town's outdoor pool will reopen on Saturday after a two-year refurbishment, the leisure trust said, "
        + "with longer opening hours in the summer months and a new children's area.</p>";
    RuleTester.of(new AssistantLeakage())
        .format(Format.HTML)
        .expect(head.replace("[Your Name]", "<<[Your Name]>>") + "</article></body></html>")
        .expectNothing(head.replace("[Your Name]", "Ana Ruiz") + "<p>Water quality met the standard [<a "
            + "href=\"https://example.org/report\">source</a>] in every test this year.</p></article></body></html>")
        .expectNothing(head.replace("[Your Name]", "Ana Ruiz")
            + "<pre><code>[city.name for city in cities]</code></pre></article></body></html>")
        .check();
  }

  @Test
  void placeholdersThatAskForAQuoteAndSpanishOffers() {
    RuleTester.of(new AssistantLeakage())
        .expect(STORY + "„<<[WSTAW CYTAT BURMISTRZA]>>” – powiedział burmistrz.")
        .expect(STORY + "<<[INSERTAR CITA DEL ALCALDE]>>, dijo el alcalde.")
        .expect(STORY + "<<Espero que este texto te sea útil.>>")
        .expect(STORY + "<<¿Quieres que lo adapte para Instagram?>>")
        .check();
  }

  @Test
  void turkishFirstPersonLackOfAccess() {
    RuleTester.of(new AssistantLeakage())
        .expect(STORY + "<<Bir dil modeli olarak güncel verilere erişimim bulunmuyor.>>")
        .expectNothing(STORY + "Uzmanlar, bir dil modeli olarak tasarlanan sistemin güncel verilere erişimi "
            + "bulunmadığını söyledi.")
        .check();
  }

  @Test
  void germanKnowledgeStateAndTurkishOffers() {
    RuleTester.of(new AssistantLeakage())
        .expect(STORY + "<<Nach meinem letzten Wissensstand hatte der Bau noch nicht begonnen.>>")
        .expect(STORY + "<<Başka bir konuda yardımcı olabileceğim bir şey var mı?>>")
        .expectNothing(STORY + "Nach dem letzten Wissensstand der Behörde hatte der Bau noch nicht begonnen.")
        .check();
  }

  @Test
  void longerPlaceholdersAndPortuguesePreambles() {
    RuleTester.of(new AssistantLeakage())
        .expect(STORY + "<<[Insert quote from the council's planning chair here]>>")
        .expect("Orçamento\n\n<<Com certeza! Segue abaixo o texto reescrito com linguagem mais acessível:>>\n\n"
            + "A Câmara aprovou o orçamento para 2025, no valor de 58 milhões de euros.")
        .check();
  }
}
