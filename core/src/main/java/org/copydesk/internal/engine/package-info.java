/** Internal: the rule engine. Not API; may change in any release. */
package org.copydesk.internal.engine;
