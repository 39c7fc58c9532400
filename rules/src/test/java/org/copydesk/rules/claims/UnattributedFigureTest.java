package org.copydesk.rules.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.copydesk.Copydesk;
import org.copydesk.article.Articles;
import org.copydesk.article.Format;
import org.copydesk.report.Claim;
import org.copydesk.report.Finding;
import org.copydesk.report.Report;
import org.copydesk.rule.RuleDescriptor;
import org.copydesk.rule.Severity;
import org.copydesk.testing.RuleTester;
import org.junit.jupiter.api.Test;

class UnattributedFigureTest {
  @Test
  void flagsStatisticsWithoutASource() {
    RuleTester.of(new UnattributedFigure())
        .expect("Turnout\n\nTurnout rose to <<more than 60%>> this year.")
        .expect("Bridge\n\nThe new bridge will cost <<€1.2bn>> and open in 2028.")
        .expect("Rally\n\n<<About 3,000>> people attended the rally in the main square.")
        .expect("Jobs\n\nThe company now employs <<12,500>> people across the region.")
        .expect("Trade\n\nTrade between the two countries reached <<$4.5 billion>> last year.")
        .expect("Diabetes\n\n<<About 1 in 8>> adults in the city now has type 2 diabetes.")
        .expect("Buses\n\nSales of electric buses have <<doubled>> in two years.")
        .expect("Doctors\n\n<<Nearly half>> of junior doctors say they have considered leaving.")
        .expect("Merger\n\nAnalysts say the merger could save <<up to $900 million>> a year.")
        .check();
  }

  @Test
  void flagsStatisticsWithoutASourceInOtherLanguages() {
    RuleTester.of(new UnattributedFigure())
        .expect("Paro\n\nEl desempleo juvenil subió al <<27,4%>> en el último trimestre.")
        .expect("Incendios\n\nLos incendios calcinaron <<más de 300.000>> hectáreas este verano.")
        .expect("Jóvenes\n\n<<Uno de cada cuatro>> jóvenes vive todavía con sus padres.")
        .expect("Tempête\n\n<<Plus d'un million>> de foyers restaient privés d'électricité mardi soir.")
        .expect("Dette\n\nLa dette publique atteint <<3 228 milliards d'euros>> à la fin du trimestre.")
        .expect("Festival\n\nDas Festival zählte an drei Tagen <<über 85.000>> Besucher.")
        .expect("Umsatz\n\nDer Umsatz stieg auf <<37,2 Milliarden Euro>> im dritten Quartal.")
        .expect("Jovens\n\n<<Um em cada três>> jovens brasileiros não estuda nem trabalha.")
        .expect("Pix\n\nAs fraudes com Pix cresceram <<70%>> no ano, e o Banco Central anunciou novas regras.")
        .check();
  }

  @Test
  void staysQuietOnAttributedAndOrdinaryNumbers() {
    RuleTester.of(new UnattributedFigure())
        .expectNothing("Turnout\n\nTurnout rose to more than 60%, the electoral board said.")
        .expectNothing("Village\n\nAccording to the census, 1,200 people live in the village.")
        .expectNothing("Council\n\nThe council approved 25 strategic documents in 2024.")
        .expectNothing("Derby\n\nRovers won 2-1 with a header in the 88th minute at 9:45 pm.")
        .expectNothing("Prices\n\n“Prices rose 4% in a single month,” the minister told parliament.")
        .expectNothing("Study\n\nThe study found that 40% of participants improved. It also noted that 12% got "
            + "worse.")
        .expectNothing("Inflation hits 4%\n\nPrices kept rising in the spring, the statistics office said.")
        .expectNothing("Meeting\n\nThe council meets at 7.30pm on 14 March at 21 High Street; call 01632 960 123.")
        .expectNothing("Solar\n\nSolar capacity has doubled to 3.4 gigawatts since 2022.[3]")
        .expectNothing("Laptop\n\nThe new laptop, priced at $1,299, has 16GB of memory and a 14-inch screen.")
        .expectNothing("Report\n\nThe agency published its annual report on Monday. It found that 23% of councils "
            + "expect to run out of reserves.")
        .check();
  }

  @Test
  void staysQuietOnAttributedAndOrdinaryNumbersInOtherLanguages() {
    RuleTester.of(new UnattributedFigure())
        .expectNothing("Paro\n\nEl desempleo juvenil subió al 27,4%, según el Instituto Nacional de Estadística.")
        .expectNothing("Pleno\n\nEl pleno se celebrará el 12 de marzo a las 10.00 en la calle Mayor, 14.")
        .expectNothing("Chômage\n\nLe taux de chômage a atteint 7,5 %, selon l'Insee.")
        .expectNothing("Tempête\n\nPlus d'un million de foyers étaient privés d'électricité, a fait savoir Enedis.")
        .expectNothing("Tour\n\nLe Tour partira le 4 juillet de Lille pour 21 étapes et 3 320 kilomètres.")
        .expectNothing("Insolvenzen\n\nLaut dem Statistischen Bundesamt stieg die Zahl der Insolvenzen um 12 Prozent.")
        .expectNothing("Umsatz\n\nDer Umsatz brach um 8 Prozent auf 37,2 Milliarden Euro ein, so Finanzvorstand "
            + "Markus Lehner.")
        .expectNothing("Sitzung\n\nDie Sitzung beginnt am 3. März um 19 Uhr; Anmeldung unter 030 1234 5678.")
        .expectNothing("Desemprego\n\nO desemprego caiu para 6,8%, segundo o IBGE.")
        .expectNothing("Lei\n\nA Lei n.º 13.709, de 2018, foi citada na decisão.")
        .check();
  }

  @Test
  void listsEveryClaimWithItsStatusAndSource() throws Exception {
    Report r = Copydesk.builder().build().audit(Articles.parse("Jobs\n\nThe plant employs 4,200 people, the "
        + "company said. Exports rose 14% last year.", Format.TEXT, "t"));
    assertThat(r.claims()).extracting(Claim::text, Claim::kind, Claim::status, Claim::attribution).containsExactly(
        tuple("4,200", "count", Claim.Status.ATTRIBUTED, "the company said"),
        tuple("14%", "change", Claim.Status.UNATTRIBUTED, null));
  }

  @Test
  void aGlobalStatisticOutweighsALocalCount() throws Exception {
    Report r = Copydesk.builder().build().audit(Articles.parse("Bloc\n\nThe bloc represents more than 40% of the "
        + "world's population. About 150 events were held in the town.", Format.TEXT, "t"));
    Finding global = r.findings().stream().filter(f -> f.excerpt().equals("more than 40%")).findFirst()
        .orElseThrow();
    Finding local = r.findings().stream().filter(f -> f.excerpt().equals("About 150")).findFirst().orElseThrow();
    assertThat(global.severity()).isEqualTo(Severity.WARNING);
    assertThat(local.severity()).isEqualTo(Severity.INFO);
    assertThat(global.confidence()).isGreaterThan(local.confidence());
    assertThat(global.evidence()).containsEntry("scope", "global").containsEntry("hedge", "more than")
        .containsKey("confidence-because");
  }

  @Test
  void theDocumentedExamplesBehaveAsDocumented() {
    for (RuleDescriptor.Example e : new UnattributedFigure().descriptor().examples()) {
      RuleTester t = RuleTester.of(new UnattributedFigure());
      if (e.flagged()) {
        assertThat(findings(e.text())).as(e.text()).isPositive();
      } else {
        t.expectNothing("Example\n\n" + e.text()).check();
      }
    }
  }

  private static long findings(String text) {
    try {
      return Copydesk.builder().build().audit(Articles.parse("Example\n\n" + text, Format.TEXT, "t")).findings()
          .stream().filter(f -> f.ruleId().equals(UnattributedFigure.ID)).count();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void forecastOddsAndSeatsAreNotClaimsButJobsAndRecessionOddsAre() {
    RuleTester.of(new UnattributedFigure())
        .expectNothing("Weather\n\nTomorrow will be dry with a 10% chance of showers in the evening.")
        .expectNothing("Wetter\n\nMorgen bleibt es trocken, die Regenwahrscheinlichkeit liegt bei 20 Prozent.")
        .expectNothing("Club\n\nThe club plays at a 32,000-seat stadium on Dock Road.")
        .expect("Lavoro\n\nIl piano dovrebbe creare <<100.000>> posti di lavoro entro il 2030.")
        .expect("Konjunktur\n\nDie Rezessionswahrscheinlichkeit liegt bei <<35 Prozent>>.")
        .check();
  }

  @Test
  void wordedProportionsAfterAWordEndingInAnArticleLetter() {
    RuleTester.of(new UnattributedFigure())
        .expect("Taxis\n\nLos conductores han perdido <<un tercio>> de sus ingresos desde 2019.")
        .expect("Pharmacies\n\n<<Une officine rurale sur cinq>> pourrait fermer d'ici 2030.")
        .expect("Táxis\n\nOs motoristas perderam <<metade>> da clientela para os aplicativos.")
        .expectNothing("Season\n\nThe club won every match in the first half of the season.")
        .check();
  }

  @Test
  void averagesAreStatisticsEvenWhenSmall() {
    RuleTester.of(new UnattributedFigure())
        .expect("Jurors\n\nSelf-employed jurors lose an average of <<£95>> a day in earnings.")
        .expect("Dogs\n\nOwners now spend an average of <<£480>> a year feeding a medium-sized dog.")
        .expect("Wasser\n\nJeder Einwohner verbrauchte im Schnitt <<125>> Liter Wasser pro Tag.")
        // a price, and an age, are not
        .expectNothing("Tickets\n\nA ticket for the final costs £95 at the box office.")
        .expectNothing("Squad\n\nThe average player in the squad is 27 years old.")
        .check();
  }

  @Test
  void figuresInWordsTotalsLengthsLostAndMultiples() {
    RuleTester.of(new UnattributedFigure())
        .expect("Absatz\n\nDer Absatz neuer Klaviere ist um <<elf Prozent>> gesunken.")
        .expect("Sales\n\nSales fell <<three per cent>> over the winter.")
        .expect("Depot\n\nOperating losses at the depot reached <<£480,000>> last year.")
        .expect("Glacier\n\nThe glacier retreated <<54>> metres last summer.")
        .expect("Seas\n\nSea levels could rise by <<up to 60>> centimetres by 2100.")
        .expect("Fares\n\nCommuters pay <<three times as much>> as drivers.")
        .expect("Ostras\n\nLa producción se ha <<multiplicado por cuatro>> en una década.")
        .expect("Runners\n\nPhysiotherapists estimate that <<one runner in ten>> is injured.")
        // a price, a size, a forecast depth, a phone number, a spire's height and a match minute are not
        .expectNothing("Ale\n\nThe pale ale sells for £4.80 a pint at the taproom.")
        .expectNothing("Hut\n\nDie Berghütte auf 2.245 Metern bietet 48 Schlafplätze.")
        .expectNothing("Snow\n\nUp to 20cm of snow is forecast for high ground on Thursday.")
        .expectNothing("Coastguard\n\nThe station can be reached on 01632 960481 outside office hours.")
        .expectNothing("Spire\n\nThe spire rises 90 metres above the old town.")
        .expectNothing("Match\n\nHe scored one goal in ten minutes before the break.")
        // a study's sample and a market price per tonne are not claims either
        .expectNothing("Sleep\n\nOne study in 146 people looked at sleep and appetite.")
        .expectNothing("Metals\n\nAluminium lost ground to $1,737.00 a tonne on Friday.")
        // a loss that is not the figure's, and a house number after its street
        .expectNothing("Hikers\n\nThe hikers, who got lost in fog, were found 3 km from the summit.")
        .expectNothing("Posto\n\nO posto fica na Avenida Ene Garcês, 1.200, e abre às 8h.")
        // a size given "by" another size is no change
        .expectNothing("Rug\n\nThe rug measures 2.4 metres by 1.7 metres.")
        // a size written with a hyphen, and a score out of thirty
        .expectNothing("Launch\n\nTake-off from the 1,650-metre launch site is at 11 am.")
        .expectNothing("Schießen\n\nSie traf 29 von 30 Scheiben und gewann das Finale.")
        .check();
  }
}
