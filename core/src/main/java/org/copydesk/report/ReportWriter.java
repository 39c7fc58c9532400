package org.copydesk.report;

import java.io.IOException;

/** Serialises a batch of reports. Implementations are stateless and thread-safe. */
public interface ReportWriter {

  /** The format name used on the command line ({@code text}, {@code json}). */
  String name();

  /**
   * Writes the batch.
   *
   * @param batch the reports
   * @param out where to write
   * @param color whether ANSI colour may be used (only writers meant for terminals use it)
   */
  void write(ReportBatch batch, Appendable out, boolean color) throws IOException;
}
