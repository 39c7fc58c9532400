package org.copydesk.rules.integrity;

import org.copydesk.testing.RuleTester;
import org.junit.jupiter.api.Test;

/** Furniture found by its grammar: reading and relative times, counters, joined buttons, prompts, paywalls. */
class FurnitureShapesTest {
  private static final String STORY = "Ferry timetable changes\n\n"
      + "The island ferry will run two extra sailings on Saturdays from June, the operator said on Tuesday, "
      + "after complaints that the last boat left before the evening train arrived.\n\n";
  /**
   * A second paragraph, so that a line before it is a subheading of the story: a headline-shaped line closing a page
   * is more often the title of the next story, which the line model may rightly take for residue.
   */
  private static final String MORE = "\n\nThe operator said the extra sailings would be reviewed in the autumn, once "
      + "figures for the summer season were known.";

  @Test
  void readingTimesRelativeTimesAndCounters() {
    RuleTester.of(new TemplateResidue())
        .expect(STORY + "<<5 min read>>")
        .expect(STORY + "<<Temps de lecture : 4 min>>")
        .expect(STORY + "<<Lesezeit: 3 Minuten>>")
        .expect(STORY + "<<Tempo di lettura: 2 minuti>>")
        .expect(STORY + "<<Actualizado hace 2 horas>>")
        .expect(STORY + "<<vor 5 Stunden>>")
        .expect(STORY + "<<Published 40 minutes ago>>")
        .expect(STORY + "<<Aufrufe: 1.204>>")
        .expect(STORY + "<<37 comments>>")
        .check();
  }

  @Test
  void joinedButtonsPromptsAndPaywalls() {
    RuleTester.of(new TemplateResidue())
        .expect(STORY + "<<Share to FacebookShare to WhatsAppShare to X>>")
        .expect(STORY + "<<Sign up to our free Business Daily newsletter>>")
        .expect(STORY + "<<Abonnez-vous à notre newsletter et recevez l'essentiel chaque matin>>")
        .expect(STORY + "<<Siga-nos no Instagram e receba as notícias primeiro>>")
        .expect(STORY + "<<Thanks for reading Harbour Notes! Subscribe for free to get new posts.>>")
        .expect(STORY + "<<Il vous reste 60 % de cet article à lire.>>")
        .expect(STORY + "<<Este contenido es exclusivo para suscriptores>>")
        .check();
  }

  @Test
  void staysQuietOnTheStorysOwnLines() {
    RuleTester.of(new TemplateResidue())
        .expectNothing(STORY + "Published 14 March 2025")
        .expectNothing(STORY + "Follow the money, the prosecutor told the jury, and you will find the Telegram channel.")
        .expectNothing(STORY + "\"Subscribe to the newsletter,\" the mayor urged residents in her address.")
        .expectNothing(STORY + "The paper said its archive would be reserved for subscribers from May.")
        .expectNothing(STORY + "Comments from readers poured in after the broadcast, the station said.")
        .expectNothing(STORY + "Five minutes later the second boat left the harbour with 40 people on board.")
        .check();
  }

  @Test
  void metaRowsRelatedHeadersAndCalls() {
    RuleTester.of(new TemplateResidue())
        .expect(STORY + "<<3 giorni fa | 4.218 visualizzazioni>>")
        .expect(STORY + "<<*Publié il y a 2 jours* · *6 min de lecture*>>")
        .expect(STORY + "<<👁 913 | 💬 4>>")
        .expect(STORY + "<<Comentarios (9)>>")
        .expect(STORY + "<<Ähnliche Beiträge>>\n<<Neue Radwege für die Altstadt geplant>>")
        .expect(STORY + "<<Gostou? Salve no Pinterest e compartilhe!>>")
        .expect(STORY + "<<Para continuar lendo, assine o Diário da Serra>>")
        .check();
  }

  @Test
  void staysQuietOnCookieNewsAndScorerLists() {
    RuleTester.of(new TemplateResidue())
        .expectNothing(STORY + "Regulators wrote to eleven websites asking why their cookie banners make it harder "
            + "to refuse tracking than to accept it.")
        .expectNothing(STORY + "Cookie-Banner ohne gleichwertige Ablehnen-Schaltfläche")
        .expectNothing(STORY + "Marcadores: Silva (12'), Costa (58')")
        .check();
  }

  @Test
  void creditsForumRowsAppsLoginsAndOffers() {
    RuleTester.of(new TemplateResidue())
        .expect(STORY + "<<Tema Newspaper por tagDiv>>")
        .expect(STORY + "<<Powered by phpBB® Forum Software>>")
        .expect(STORY + "<<Unread post by ferry_fan » 2 hours ago>>")
        .expect(STORY + "<<Hier im App Store und bei Google Play>>")
        .expect(STORY + "<<Je moet ingelogd zijn om te reageren.>>")
        .expect(STORY + "<<Eerste maand gratis>>")
        .expect(STORY + "<<Mehr aus der Region>>\n<<Neuer Kinderarzt für Ostendorf gefunden>>")
        .check();
  }

  @Test
  void staysQuietOnDatesPlatformNewsAndMoreThan() {
    RuleTester.of(new TemplateResidue())
        .expectNothing(STORY + "12/01/2024 07h45 Atualizado há 2 horas")
        .expectNothing(STORY + "WordPress sued by hosting rival over trademark")
        .expectNothing(STORY + "Más de 300 personas")
        .expectNothing(STORY + "Más de cien personas murieron en Valparaíso.")
        .expectNothing(STORY + "Plus de mille manifestants à Paris")
        .expectNothing(STORY + "Home page redesign sparks backlash" + MORE)
        .expectNothing(STORY + "Readers who log in can comment on the plans, the council said.")
        .check();
  }

  @Test
  void shopButtonsQuoteWidgetsAndTickers() {
    RuleTester.of(new TemplateResidue())
        .expect(STORY + "<<£249.99 at Halden Electrical  View Deal>>" + MORE)
        .expect(STORY + "<<Pensão Ribeira ★★★ desde 58 €/noite  Ver preço>>" + MORE)
        .expect(STORY + "<<ALB 7,41 € ▲6,21% · Volumen: 3,1 M>>" + MORE)
        .expect(STORY + "<<FTSE 100 8.102,3 +0,42 %   DAX 18.210,9 −0,15 %   EUR/USD 1,0841 +0,08 %>>" + MORE)
        // a price and a call inside the story's sentence, and changes the story reports
        .expectNothing(STORY + "Tickets cost £12 and the box office says fans should book now." + MORE)
        .expectNothing(STORY + "Inflation rose to +2.1 % in March and +2.4 % in April, the statistics office said."
            + MORE)
        .expectNothing(STORY + "Shares rose 6.2% on the news" + MORE)
        // headlines with a price and a call, or with changes, as a subheading or the title
        .expectNothing(STORY + "3 Stocks Under $20 to Buy Now" + MORE)
        .expectNothing("Los 5 mejores móviles por menos de 300 € que puedes comprar\n\n" + STORY.substring(
            STORY.indexOf("The island")))
        .expectNothing(STORY + "Bourse : 3 actions à moins de 10 € à racheter" + MORE)
        .expectNothing(STORY + "DAX schließt +1,2 %, MDAX −0,5 %" + MORE)
        .expectNothing(STORY + "Umfrage: Union +2 %, AfD −1 %" + MORE)
        .expectNothing(STORY + "GDP forecast cut to 1 - 1.5 % from 2 - 2.5 %" + MORE)
        .check();
  }

  @Test
  void feedFootersArchiveBannersAndLinksInBrackets() {
    RuleTester.of(new TemplateResidue())
        .expect(STORY + "<<The post Ferry timetable changes appeared first on Harbour Courier.>>")
        .expect(STORY + "<<Der Beitrag Fähre fährt öfter erschien zuerst auf Inselbote.>>")
        .expect("<<The Wayback Machine - https://web.archive.org/web/20230611084512/https://courier.example/ferry>>\n\n"
            + STORY)
        .expect(STORY + "<<View this email in your browser (https://mailchi.example/abc)>>")
        // the story about archives, and a sentence that quotes an address
        .expectNothing(STORY + "The Wayback Machine holds copies of the ferry operator's old timetables, the archivist "
            + "said." + MORE)
        .expectNothing(STORY + "The post office will open a counter at the ferry terminal in June." + MORE)
        .check();
  }

  @Test
  void datedMetaRowsFollowCallsPodcastsAndFollowerCounts() {
    RuleTester.of(new TemplateResidue())
        .expect(STORY + "<<Jun 12, 2025 — 5 min read>>")
        .expect(STORY + "<<Bizi Google News üzerinden takip edin>>")
        .expect(STORY + "<<Listen on Apple Podcasts · Spotify · RSS>>")
        .expect(STORY + "<<Um weiterzulesen, benötigen Sie ein Abo.>>")
        .expect(STORY + "<<312 Followers>>")
        .expectNothing(STORY + "Jun 12, 2025")
        .expectNothing(STORY + "Paid subscribers: 640")
        .expectNothing(STORY + "Support for podcasts grows among younger listeners" + MORE)
        .expect(STORY + "<<Support the show on Patreon>>")
        .check();
  }

  @Test
  void readerQuestionsMetersFormPromptsAndPagers() {
    RuleTester.of(new TemplateResidue())
        .expect(STORY + "<<Did you enjoy this story? Share it with a friend>>")
        .expect(STORY + "<<Vous avez aimé cette recette ? Notez-la !>>")
        .expect(STORY + "<<Ti è piaciuto l'articolo? Condividilo!>>")
        .expect(STORY + "<<You have 2 free articles left this month.>>")
        .expect(STORY + "<<Has leído 4 de 5 artículos gratuitos de este mes>>")
        .expect(STORY + "<<Please enter your name here>>")
        .expect(STORY + "<<Bitte geben Sie Ihren Kommentar ein!>>")
        .expect(STORY + "<<Already a member? Sign in>>")
        .expect(STORY + "<<Next: Harbour cranes to be replaced by 2027>>")
        .expect(STORY + "<<Artículo anterior Cierran la piscina municipal por obras>>")
        .expect(STORY + "<<By Nora Feld • 3h>>")
        .expect(STORY + "<<Harbour Echo · 4h>>")
        .expect(STORY + "<<Paylaş: X'te paylaş Facebook'ta paylaş>>")
        .check();
  }

  @Test
  void staysQuietOnQuestionsFiguresAndTimesOfTheStory() {
    RuleTester.of(new TemplateResidue())
        .expectNothing(STORY + "Did you enjoy the concert? Most of the 2,000 people who answered said yes.")
        .expectNothing(STORY + "The paper said readers get 10 free articles a month before the paywall starts.")
        .expectNothing(STORY + "Editor's note: the writer ran a free newsletter between 2019 and 2021.")
        .expectNothing(STORY + "Next: the council votes on the plan in May.")
        .expectNothing(STORY + "The second ferry left at 5h, two hours late.")
        .check();
  }

  @Test
  void newsletterCallsTickersArchivesVideoInsertsAndJoinedButtons() {
    RuleTester.of(new TemplateResidue())
        .expect(STORY + "<<Melden Sie sich jetzt für unseren Newsletter an>>")
        .expect(STORY + "<<By subscribing you agree to our privacy notice.>>")
        .expect(STORY + "<<► 2023 (14)>>")
        .expect(STORY + "<<Brent $81.20 ▲ 1.2%  Gold $2,310 ▼ 0.4%>>")
        .expect(STORY + "<<VIDEO | Storm lifts the roof off the ferry terminal>>")
        .expect(STORY + "<<ShareFacebookWhatsAppEmail>>")
        .expect(STORY + "<<Partager l'article sur WhatsApp>>")
        .expect(STORY + "<<Los comentarios están desactivados para esta noticia>>")
        .expect(STORY + "<<1,2 mil seguidores>>")
        .check();
  }

  @Test
  void staysQuietOnNewsAboutNewslettersPricesAndVideos() {
    RuleTester.of(new TemplateResidue())
        .expectNothing(STORY + "The newsletter has 5,000 subscribers, the editor said.")
        .expectNothing(STORY + "Shares rose 4% on Monday and the index gained 0.3%.")
        .expectNothing(STORY + "Video footage shows the storm lifting the roof off the terminal.")
        .expectNothing(STORY + "Facebook and WhatsApp were down for an hour, the company said.")
        .expectNothing(STORY + "The council said comments on the plan had closed in March.")
        .check();
  }

  @Test
  void galleriesPlayersFeedbackAndPodcastChrome() {
    RuleTester.of(new TemplateResidue())
        .expect(STORY + "<<3 of 14>>")
        .expect(STORY + "<<27 min>>")
        .expect(STORY + "<<Was this article useful? Yes No>>")
        .expect(STORY + "<<Disponible sur Apple Podcasts, Spotify et Deezer>>")
        .expect(STORY + "<<Video caption, Crews clear the harbour road. Duration 1,12>>")
        .expect(STORY + "<<Vous souhaitez lire la suite ?>>")
        .expect(STORY + "<<Bu web sitesi çerezleri kullanmaktadır. Kabul Et>>")
        .check();
  }

  @Test
  void staysQuietOnTheStorysCountsDurationsAndQuotedBanners() {
    RuleTester.of(new TemplateResidue())
        .expectNothing(STORY + "10 minutes")
        .expectNothing(STORY + "The match lasted 90 minutes and the crowd stayed until the end.")
        .expectNothing(STORY + "The survey asked whether the service was useful? Most said yes.")
        .expectNothing(STORY + "One shop's banner said only: \"We value your privacy. Accept cookies to continue.\"")
        .check();
  }

  @Test
  void aMetaRowMayNameItsSectionOnce() {
    RuleTester.of(new TemplateResidue())
        .format(org.copydesk.article.Format.MARKDOWN)
        .expect(STORY + "<<**Energie** · 02.06.2025 · 🕑 2 Min.>>" + MORE)
        .expect(STORY + "<<**Yaşam** · 👁 1.206>>" + MORE)
        .expect(STORY + "<<12,004 readers | Agriculture>>" + MORE)
        // a byline beside the reading time is a credit
        .expectNothing(STORY + "Staff Writer • 5 min read" + MORE)
        .check();
    // one section's name, beside a date, a counter or a reading time; not two, nor a recipe's time
    org.assertj.core.api.Assertions.assertThat(FurnitureShapes.kind("Energie · 02.06.2025 · 🕑 2 Min.", 5))
        .isEqualTo("post-meta");
    org.assertj.core.api.Assertions.assertThat(FurnitureShapes.kind("Energie · Wasser · 02.06.2025 · 🕑 2 Min.", 7))
        .isNotEqualTo("post-meta");
    org.assertj.core.api.Assertions.assertThat(FurnitureShapes.kind("Zubereitung · 45 Min.", 4))
        .isNotEqualTo("post-meta");
    org.assertj.core.api.Assertions.assertThat(FurnitureShapes.kind("Readers: 14,000", 2)).isNotEqualTo("post-meta");
  }
}
