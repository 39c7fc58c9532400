/** Internal: input loaders. Not API; may change in any release. */
package org.copydesk.internal.load;
