package org.copydesk.rules.integrity;

import org.copydesk.testing.RuleTester;
import org.junit.jupiter.api.Test;

class TemplateResidueTest {
  private static final String STORY = "Harbour works delayed\n\n"
      + "Work on the new harbour wall has been delayed until spring because of storm damage, the port "
      + "authority said on Monday, adding that the contractor would return in March.\n\n";

  @Test
  void flagsShortResidueLinesInManyLanguages() {
    RuleTester.of(new TemplateResidue())
        .expect(STORY + "<<Related Articles>>\n\n<<Leave a Reply>>\n\n"
            + "<<Your email address will not be published. Required fields are marked *>>\n\n"
            + "<<Back to top button>>")
        .expect(STORY + "<<Share this:>>\n\n<<Leave a Reply Cancel reply>>")
        .expect(STORY + "<<Artículos relacionados>>\n\n<<Deja una respuesta>>")
        .check();
  }

  @Test
  void staysQuietOnProseThatMentionsThePhrases() {
    RuleTester.of(new TemplateResidue())
        .expectNothing(STORY + "Readers can leave a reply to the consultation until Friday, the council said.")
        .expectNothing(STORY + "Related articles in the journal reached the same conclusion.")
        .expectNothing(STORY + "He told the committee he would go back to the top of the agenda next week.")
        .check();
  }

  @Test
  void bareInterfaceWordsOnlyWhereFurnitureIs() {
    RuleTester.of(new TemplateResidue())
        .expect("Harbour works delayed\n\n<<Follow>>\n\n<<Listen>>\n\n" + STORY.substring(STORY.indexOf("Work on")))
        .expect(STORY + "<<Drucken>>\n\n<<E-Mail>>\n\n<<Zurück>>")
        .expect(STORY + "<<Share this:>>\n\n<<Facebook>>\n\n<<Relacionado>>")
        .expectNothing(STORY + "Details\n\n" + STORY.substring(STORY.indexOf("Work on")))
        .expectNothing(STORY + "Reacties\n\n" + STORY.substring(STORY.indexOf("Work on")))
        .check();
  }

  @Test
  void rawMarkdownLinksAreReadByTheirText() {
    RuleTester.of(new TemplateResidue())
        .expect(STORY + "<<[Leave a comment](https://example.substack.com/p/harbour/comments)>>")
        .expect(STORY + "<<[Deja un comentario](https://example.com/p/x/comments)>>")
        .check();
  }

  @Test
  void listsUnderAHeaderButNotAfterAnInlineInsert() {
    String body = STORY.substring(STORY.indexOf("Work on"));
    RuleTester.of(new TemplateResidue())
        .expect(STORY + "<<Archivado bajo>>\n<<Vivienda>>\n<<Alquiler>>")
        .expect(STORY + "<<[Inicio](/) / [Deportes](/deportes) / [Ciclismo](/deportes/ciclismo)>>")
        .expect("<<Sie sind hier: Startseite / Aktuelles / Vereinsleben>>\n\n" + body)
        .expectNothing(STORY + "Más información\n\n" + body)
        .check();
    RuleTester.of(new TemplateResidue())
        .expect(STORY + "<<Lees ook: De beste fietslampen van dit jaar getest>>\n\n## 4. Controleer je banden\n\n"
            + body)
        .format(org.copydesk.article.Format.MARKDOWN)
        .check();
  }

  @Test
  void creditsAndContactsAreNeverResidue() {
    RuleTester.of(new TemplateResidue())
        .expectNothing(STORY + "Posted by Lettie Crane")
        .expectNothing(STORY + "Report an error: corrections@harbourgazette.example")
        .expect(STORY + "<<Sign up to the Harbour Echo newsletter for the latest news straight to your inbox>>\n"
            + "Copyright 2025 Harbour Echo. All rights reserved.")
        .check();
  }

  @Test
  void linkRowsHashtagsAndBroadcasterMenus() {
    RuleTester.of(new TemplateResidue())
        .format(org.copydesk.article.Format.MARKDOWN)
        .expect(STORY + "<<[Início](/) [Blog](/blog) [Sobre](/sobre)>>")
        .expect(STORY + "<<Share this:>>\n\n<<#harbour>>\n\n<<#storms>>")
        .expect(STORY + "<<Skip to content>>\n\n<<Weather>>")
        .expectNothing("Weather\n\n" + STORY)
        .check();
  }

  @Test
  void feedbackEmailChromeCrumbsAndTimes() {
    RuleTester.of(new TemplateResidue())
        .expect(STORY + "<<Was this page helpful?>>")
        .expect(STORY + "<<Bekijk deze e-mail in je browser>>")
        .expect("<<International › Afrique>>\n\n" + STORY.substring(STORY.indexOf("Work on")))
        .expect(STORY + "<<Gisteren, 17:12>>")
        .expect(STORY + "<<#harbour #storms #ferries>>")
        .check();
  }

  @Test
  void datelinesCopyrightAndQuotedButtonsStayQuiet() {
    String body = STORY.substring(STORY.indexOf("Work on"));
    RuleTester.of(new TemplateResidue())
        .expectNothing(STORY + "Publicado em 22/09/2025 às 07h00")
        .expectNothing(STORY + "© «Краснотальские вести», 2025")
        .expectNothing(STORY + "Subscribe now\n\n" + body)
        .check();
  }

  @Test
  void theStoryGoesOnAfterAnAppPrompt() {
    String body = STORY.substring(STORY.indexOf("Work on"));
    RuleTester.of(new TemplateResidue())
        .expect(STORY + "<<Descarga la app de Radio Norte y recibe todas las noticias>>\n"
            + "Los vecinos pudieron regresar a sus viviendas pasada la medianoche.\n\n" + body)
        .check();
  }

  @Test
  void titlesUnderAPagerAndShortTitlesBelowTheStory() {
    RuleTester.of(new TemplateResidue())
        .expect(STORY + "<<Previous post>>\n<<Harbour cranes to be replaced>>\n<<Next post>>\n<<Ferry fares rise again>>")
        .expect(STORY + "<<More from Business>>\n<<Shipyard orders rise>>\n<<Dockers vote on pay>>")
        .expect(STORY + "<<You might also enjoy>>\n<<Rhubarb Crumble Squares>>")
        .expectNothing(STORY + "More from the harbour master, who said the new cranes would arrive in the spring.")
        .check();
  }

  @Test
  void buttonLinksTagLinksAndVideoRails() {
    RuleTester.of(new TemplateResidue())
        .format(org.copydesk.article.Format.MARKDOWN)
        .expect(STORY + "<<[Print](javascript:window.print()) · [Email](mailto:)>>")
        .expect(STORY + "<<[Ferries](https://example.com/tag/ferries) [Islands](https://example.com/tag/islands)>>")
        .expect(STORY + "<<Watch: Crews test the new ramp at dawn>>")
        .expectNothing(STORY + "[The operator's statement](https://example.com/news/statement)")
        .check();
    // under a live blog's time stamp a video post is the story's; between two paragraphs it is an insert
    RuleTester.of(new TemplateResidue())
        .expectNothing(STORY + "15:58\n\nWatch: Crews test the new ramp at dawn\n\n"
            + STORY.substring(STORY.indexOf("Work on")))
        .expect(STORY + "<<Watch: Crews test the new ramp at dawn>>\n\n" + STORY.substring(STORY.indexOf("Work on")))
        .check();
  }

  @Test
  void aSourceLineUnderAContinueReadingButtonIsACredit() {
    RuleTester.of(new TemplateResidue())
        .expect(STORY + "<<Continue reading>>\nOriginally published by the Harbour Echo")
        .check();
  }

  @Test
  void sectionMenusTablesOfContentsAndContactBlocks() {
    RuleTester.of(new TemplateResidue())
        .expect(STORY + "<<Politik Wirtschaft Sport Kultur Panorama Wissen>>")
        .expect(STORY + "<<Privacidad - Aviso legal - Contacto - Política de cookies>>")
        .expect(STORY + "<<Subscribe | Sign in>>")
        .expectNothing(STORY + "Sport And Culture Meet In The Old Town")
        .expectNothing(STORY + "Harbour Gazette | 8,412 | 9,106 | +8.3%")
        .expectNothing(STORY + "Más información:\nOficina de prensa del puerto\nTeléfono: 925 555 312")
        .expectNothing(STORY + "Read also the harbour master's letter, which the council published.")
        .check();
    RuleTester.of(new TemplateResidue())
        .format(org.copydesk.article.Format.MARKDOWN)
        .expect(STORY + "<<- [Who is at risk?](#risk)>>\n<<- [Where to get help](#help)>>")
        .check();
  }

  @Test
  void aPaywallBoxInsideTheStoryIsResidueUnlessTheStoryIsAboutPaywalls() {
    String more = "The second phase of the works will start in the autumn, the port authority said in its statement.";
    RuleTester.of(new TemplateResidue())
        .expect(STORY + "<<Already a subscriber? Log in>>\n\n" + more)
        .expectNothing("Papers test new paywalls\n\nRegional papers are testing paywalls that block readers after "
            + "three stories, and the boxes all ask the same question.\n\nAlready a subscriber? Log in\n\n"
            + "The wording is copied from site to site, the researchers said in the report on subscriptions.")
        .check();
  }

  @Test
  void joinedMenusSeparatedMenusAndPageFamiliesChrome() {
    RuleTester.of(new TemplateResidue())
        .expect(STORY + "<<HomeNewsSportBusinessOpinionContact>>")
        .expect("<<Gardening | Pets | Travel | Recipes | Crafts>>\n\n" + STORY)
        .expect(STORY + "<<Sign the guest book>>\n<<Send flowers>>")
        .expect(STORY + "<<Next image>>")
        .expect(STORY + "<<Save search>>")
        .expectNothing("Harbour Basketball Club Press Office\n\n" + STORY)
        .check();
  }
}
