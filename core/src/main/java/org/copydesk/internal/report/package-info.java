/** Internal: report writer implementations. Not API; reach them through {@link org.copydesk.report.ReportWriters}. */
package org.copydesk.internal.report;
