package org.copydesk.rules.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import org.copydesk.testing.RuleTester;
import org.junit.jupiter.api.Test;

class OffTopicBrandingTest {
  private static final String MATCH = "Rovers edge derby\n\n"
      + "Rovers beat City 2-1 in a tense derby on Saturday, with a late header from their captain settling a "
      + "match that had swung back and forth all afternoon in front of a full stadium.\n\n"
      + "City had levelled early in the second half through their striker, but could not hold on as the "
      + "home side pressed in the closing minutes and forced a string of corners.\n\n";

  @Test
  void flagsBusinessNamesOutsideTheBody() {
    RuleTester.of(new OffTopicBranding())
        .expect(MATCH + "<<BestBet Casino Online>>")
        .expect(MATCH + "<<Aqua Spa Supplies Ltd>>\n\nRelated Articles")
        .expect(MATCH + "<<sunnyrealty.com>>")
        .check();
  }

  @Test
  void staysQuietOnHeadingsBylinesAndOnTopicNames() {
    RuleTester.of(new OffTopicBranding())
        .expectNothing(MATCH.replace("City had", "Second Half\n\nCity had"))
        .expectNothing(MATCH + "By Jane Smith")
        .expectNothing(MATCH + "Reporting by Ana Costa; Editing by Tom Lee")
        .expectNothing("Harbour Marine Supplies expands\n\n"
            + "Harbour Marine Supplies, the boat chandler on the quay, will open a second shop in the spring, "
            + "its owner said, after a record summer for the family business.\n\n"
            + "The owner said Harbour Marine Supplies would hire four more staff.\n\n"
            + "Harbour Marine Supplies")
        .check();
  }

  @Test
  void pluralTradesCompoundsBoldNamesAndSloganLines() {
    RuleTester.of(new OffTopicBranding())
        .expect(MATCH + "<<Merriday Locksmiths | 24 Hour Call-Out Across the Whole of North Dunbridge>>")
        .expect(MATCH + "<<**CasinoAurora** — Giocate online stasera>>")
        .expect(MATCH + "<<Autoscuola Belvedere | Patente in trenta giorni>>")
        .expect(MATCH + "<<Bright Lane Driving School | Pass First Time>>")
        .check();
  }

  @Test
  void aNameWithItsServicesUnderAnotherSeparatorIsABrandNotAMenu() {
    RuleTester.of(new OffTopicBranding())
        .expect(MATCH + "<<Kelmore Pool & Spa Supply | Chemicals • Covers • Repairs>>")
        .expect(MATCH + "<<Serrurerie Vautrin | Ouverture de porte • Blindage • Devis gratuit | Annecy>>")
        .expect(MATCH + "<<Hotel Alpenblick Sonnfeld ★★★★ | Wellness & Genuss>>")
        // one separator throughout is a menu, whatever its words, unless a business's own name leads it
        .expect(MATCH + "<<Garrowby Motors • Servicing • MOTs • Tyres • Since 1988>>")
        .expect(MATCH + "<<Cerrajeros Valdemoro 24h · Aperturas urgentes · Presupuesto sin compromiso>>")
        .expectNothing(MATCH + "Motor | Inmobiliaria | Empleo | Mascotas")
        .expectNothing(MATCH + "Pools • Spas • Saunas • Covers")
        .expectNothing(MATCH + "Real Estate · Jobs · Cars · Classifieds")
        // credits name a publisher or a photographer, not a shop
        .expectNothing(MATCH + "Published by Halvergate Regional Newspapers Ltd")
        .expectNothing(MATCH + "Words by Ines Farrow · Photography by Colm Reddy Studio")
        // a result names two clubs, not a shop; a trade's acronym run into a name is a trade
        .expectNothing(MATCH + "FC Oberau – SV Kellbach 3:1 (0:1)")
        .expectNothing(MATCH + "Blog at WordPress.com.")
        .expect(MATCH + "<<SurfschutzVPN — Anonym surfen ab 2,99 €/Monat>>")
        .check();
  }

  @Test
  void staysQuietOnTradeHeadlinesAndCensoredWords() {
    RuleTester.of(new OffTopicBranding())
        .expectNothing(MATCH + "Bäckerei Sommer schließt nach 60 Jahren")
        .expectNothing(MATCH + "– Dia**** Co** Ga****")
        .expectNothing(MATCH.replace("City had", "Insurance\n\nCity had"))
        .check();
  }

  @Test
  void theTradeDecidesOnASloganLineEvenInAShortListicle() {
    String listicle = "Five ways to save energy\n\n"
        + "Take shorter showers, because the electric heater is the biggest cost in winter.\n\n"
        + "Close thick curtains at dusk, since they keep the heat inside the house at night.\n\n";
    RuleTester.of(new OffTopicBranding())
        .expect(listicle + "<<Chaveiro 24 Horas São Judas>>")
        .expect(MATCH + "<<Rovers Driving School | Pass First Time Near the Stadium>>")
        .check();
  }

  @Test
  void staysQuietOnParentheticalCompaniesAndPostMeta() {
    RuleTester.of(new OffTopicBranding())
        .expectNothing(MATCH + "(Walt Disney Co.)")
        .expectNothing(MATCH + "Posted in Gardening Tips | Tagged basil, herbs | Leave a comment")
        .check();
  }

  @Test
  void compoundTradesTurkishNamesAndARepeatedBrandLine() {
    RuleTester.of(new OffTopicBranding())
        .expect(MATCH + "<<Pooltechnik Lindenhof | Pumpen & Filter aus Kassel>>")
        .expect(MATCH + "<<Oto Servisi Yıldız · Lastik ve Bakım>>")
        .expect(MATCH.replace("Rovers beat", "<<Helios Solar | Zonnepanelen in Breda>>\n\nRovers beat")
            + "<<Helios Solar | Zonnepanelen voor elk dak>>")
        .check();
  }

  @Test
  void staysQuietOnListEntriesNumberedItemsAndBreadcrumbs() {
    RuleTester.of(new OffTopicBranding())
        .format(org.copydesk.article.Format.MARKDOWN)
        .expectNothing(MATCH + "## What the club sells\n\n- Scarves and hats\n- Jewellery and pins\n- Programmes\n")
        .expectNothing(MATCH + "## 3. Corvid Studio Pro\n\nA fine pair of headphones for the price of a match ticket.\n")
        .expectNothing("[Home](/) > [Sport](/sport) > [Gadgets](/sport/gadgets)\n\n" + MATCH)
        .check();
  }

  @Test
  void everydayNounsOfATradeAreNoBusinessButItsNamesAre() {
    RuleTester.of(new OffTopicBranding())
        .expectNothing(MATCH + "Royal Wedding")
        .expectNothing(MATCH + "Funeral Arrangements")
        .expectNothing(MATCH + "Turizm Bakanlığı")
        .expectNothing(MATCH + "Hukuk Fakültesi")
        .expect(MATCH + "<<Harrowgate Funeral Home | Caring since 1921>>")
        .expect(MATCH + "<<Demirci Hukuk Bürosu • Boşanma • Miras>>")
        // a repair service is a trade; a newsroom's desk with its reporter is a credit
        .expect(MATCH + "<<Yıldız Kombi Servisi | 7/24 Teknik Destek>>")
        .expectNothing(MATCH + "Spor Servisi | Emre Kaya")
        .check();
  }

  @Test
  void anAdvertisersNameAfterAnAdLabelIsABrandButTheLabelAloneIsNot() {
    RuleTester.of(new OffTopicBranding())
        .expect(MATCH + "<<Sponsored: Orchid Bay Online Casino — 100% up to £500>>")
        .expectNothing(MATCH + "Sponsored:")
        .check();
  }

  @Test
  void aTimelineEntryOrACopyrightLineIsNoBrand() {
    RuleTester.of(new OffTopicBranding())
        .expectNothing(MATCH + "2011 – Harbour Bakery wins county Best Loaf award")
        .expectNothing(MATCH + "1996-98 AccuSoft Inc., All rights reserved")
        .check();
  }

  @Test
  void staysQuietOnMenusStoreButtonsAndLabelledCredits() {
    RuleTester.of(new OffTopicBranding())
        .expectNothing(MATCH + "Motor | Inmobiliaria | Empleo | Mascotas | Servicios")
        .expectNothing(MATCH + "Börse Krypto Zinsen Immobilien Ratgeber")
        .expectNothing(MATCH + "App Store · Google Play")
        .expectNothing(MATCH + "15.05.2024 | Redakteur: Carsten Vohwinkel")
        .expectNothing(MATCH + "Automatisierung | Wie KI den Arbeitsmarkt verändert")
        .check();
    RuleTester.of(new OffTopicBranding())
        .expect(MATCH + "<<Hotel Miramare *** | Lido di Ponente, fronte mare>>")
        .check();
  }

  @Test
  void tradeWordsInTurkishCapitalsAfterAnElisionOrBeforeAHyphen() {
    // "SİGORTA" lower-cases to "si̇gorta" with a combining dot, unless the dot is taken off
    assertThat(OffTopicBranding.tradeWord("SİGORTA")).isTrue();
    assertThat(OffTopicBranding.tradeWord("d'avocats")).isTrue();
    assertThat(OffTopicBranding.tradeWord("ЮРИСТ-ПРОФИ")).isTrue();
    assertThat(OffTopicBranding.tradeWord("d'habitude")).isFalse();
    assertThat(OffTopicBranding.tradeWord("Nord-Süd")).isFalse();
    // and the dotless "ı", whose capital is "I"
    assertThat(OffTopicBranding.tradeWord("EMLAKÇI")).isTrue();
    assertThat(OffTopicBranding.tradeWord("LOKANTASI")).isTrue();
    assertThat(OffTopicBranding.tradeKey("d'avocats")).isEqualTo("avocats");
  }

  @Test
  void firmSuffixesNameAFirmAndAPlaceAfterACommaIsNoMenu() {
    assertThat(OffTopicBranding.firmSuffix("Rénovations Tremblay & Fils")).isTrue();
    assertThat(OffTopicBranding.firmSuffix("Treuhand Brügger & Partner")).isTrue();
    assertThat(OffTopicBranding.firmSuffix("Hermanos Prieto e Hijos")).isTrue();
    assertThat(OffTopicBranding.firmSuffix("Official partner of the league")).isFalse();
    assertThat(OffTopicBranding.firmSuffix("Vater und Sohn")).isFalse();
    assertThat(OffTopicBranding.firmSuffix("Kunden und Partner")).isFalse();
    assertThat(OffTopicBranding.firmSuffix("Padre e hijo en la final")).isFalse();
    assertThat(OffTopicBranding.firmSuffix("Müller & Sohn · Umzüge")).isTrue();
    assertThat(BrandFeatures.placedBusiness("Sunvolt Solar Installers, Carrow Bay")).isTrue();
    assertThat(BrandFeatures.placedBusiness("Börse Krypto Zinsen Immobilien Ratgeber")).isFalse();
    assertThat(BrandFeatures.placedBusiness("Madrid, Barcelona, Valencia, Sevilla, Bilbao")).isFalse();
  }

  @Test
  void aBylineWithItsDateIsNoBrand() {
    assertThat(BrandFeatures.datedEntry("Burak Çelik | 9 Mart 2025")).isTrue();
    assertThat(BrandFeatures.datedEntry("Kardeşler Döner & Pide • Bahnhofstraße 14")).isFalse();
    assertThat(BrandFeatures.datedEntry("Grand Opening: 12 June 2025")).isFalse();
    RuleTester.of(new OffTopicBranding())
        .expectNothing(MATCH + "Burak Çelik | 9 Mart 2025")
        .check();
  }

  @Test
  void subheadingsThatNameASectorAreNoBusinesses() {
    String more = "\n\nThe club said ticket prices for the rest of the season would not change, and that the "
        + "stadium's new stand would open in the spring as planned.";
    RuleTester.of(new OffTopicBranding())
        .expectNothing(MATCH + "Taxi Drivers Warn Of Delays" + more)
        .expectNothing(MATCH + "Hearing Aids And Eye Tests" + more)
        .expectNothing(MATCH + "Temizlik Ekipleri Sahada" + more)
        .expectNothing(MATCH + "Câmbio Em Foco" + more)
        .expectNothing(MATCH + "Climatisation Dans Les Écoles Maternelles" + more)
        .expectNothing(MATCH + "Viaggi Low Cost Verso Le Isole" + more)
        .expectNothing(MATCH + "Такси подорожает" + more)
        .check();
  }
}
