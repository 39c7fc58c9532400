package org.copydesk.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.copydesk.report.ReportBatch;
import org.copydesk.report.ReportWriters;
import org.junit.jupiter.api.Test;

class ClaimsCsvReportWriterTest {
  @Test
  void quotesFieldsAsRfc4180Says() {
    assertThat(ClaimsCsvReportWriter.cell("40%")).isEqualTo("40%");
    assertThat(ClaimsCsvReportWriter.cell("")).isEmpty();
    assertThat(ClaimsCsvReportWriter.cell("more than 40%, the UN said")).isEqualTo("\"more than 40%, the UN said\"");
    assertThat(ClaimsCsvReportWriter.cell("the \"bloc\"")).isEqualTo("\"the \"\"bloc\"\"\"");
    assertThat(ClaimsCsvReportWriter.cell("two\nlines")).isEqualTo("\"two\nlines\"");
    assertThat(ClaimsCsvReportWriter.cell("cr\ronly")).isEqualTo("\"cr\ronly\"");
  }

  @Test
  void defusesCellsASpreadsheetWouldRunAsFormulas() {
    assertThat(ClaimsCsvReportWriter.cell("=1+1")).isEqualTo("'=1+1");
    assertThat(ClaimsCsvReportWriter.cell("+44 20 7946")).isEqualTo("'+44 20 7946");
    assertThat(ClaimsCsvReportWriter.cell("-3%")).isEqualTo("'-3%");
    assertThat(ClaimsCsvReportWriter.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(ClaimsCsvReportWriter.cell("\t=cmd")).isEqualTo("'\t=cmd");
    assertThat(ClaimsCsvReportWriter.cell("=HYPERLINK(\"http://x\",\"y\")"))
        .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    assertThat(ClaimsCsvReportWriter.cell("a=b")).isEqualTo("a=b");
  }

  @Test
  void oneHeaderAndOneRowPerClaimAcrossTheBatch() throws Exception {
    ReportBatch batch = WriterFixtures.batch();
    StringBuilder sb = new StringBuilder();
    ReportWriters.byName("claims-csv").orElseThrow().write(batch, sb, true);
    String csv = sb.toString();
    assertThat(csv).startsWith("file,line,column,status,kind,claim,hedge,attribution,sentence,note\r\n");
    assertThat(csv.split("file,line,", -1)).hasSize(2);
    List<List<String>> rows = parse(csv);
    assertThat(rows).hasSize(3);
    assertThat(rows.get(1)).containsExactly("story.txt", "3", "68", "unattributed", "percent", "100%", "", "",
        "The budgt vote failed on Monday, said Offcials of \"Smith & Sons\" | 100% sure.", "");
    assertThat(rows.get(2).get(7)).isEqualTo("'=HYPERLINK(\"x\")");
    assertThat(rows.get(2).get(9)).isEqualTo("was \"12, not 13\" in the source\r\nsee -1");
    assertThat(csv).doesNotContain("\u001b[");
  }

  @Test
  void theJsonReportListsClaimsWithTheirStatus() throws Exception {
    StringBuilder sb = new StringBuilder();
    ReportWriters.byName("json").orElseThrow().write(WriterFixtures.batch(), sb, false);
    JsonNode claims = Formats.MAPPER.readTree(sb.toString()).path("reports").get(0).path("claims");
    assertThat(claims).hasSize(2);
    assertThat(claims.get(1).path("status").asText()).isEqualTo("not-in-source");
    assertThat(claims.get(1).path("hedge").asText()).isEqualTo("nearly");
    assertThat(claims.get(1).path("location").path("line").asInt()).isEqualTo(7);
    assertThat(claims.get(0).path("note").isNull()).isTrue();
  }

  /** A strict RFC 4180 reader: CRLF between records, quoted fields may hold anything. */
  private static List<List<String>> parse(String csv) {
    List<List<String>> rows = new java.util.ArrayList<>();
    List<String> row = new java.util.ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        assertThat(cell).as("a quote opens a field").isEmpty();
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\r') {
        assertThat(csv.charAt(i + 1)).isEqualTo('\n');
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new java.util.ArrayList<>();
        i++;
      } else {
        assertThat(c).as("bare line feed outside quotes").isNotEqualTo('\n');
        cell.append(c);
      }
    }
    assertThat(row).isEmpty();
    return rows;
  }
}
