/** Internal: reading {@code copydesk.yaml} policy files. Not API; may change in any release. */
package org.copydesk.internal.policy;
