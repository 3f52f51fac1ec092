/**
 * Release management (issue 16): the ports around the release aggregate of {@code
 * org.itilhis.core.release}, above change management and the CMDB. A release reads the changes it
 * bundles (for their standing at the hospital-wide go and at closing) and changes the CMDB through
 * the CMDB's own command when it deploys or rolls back.
 */
package org.itilhis.ports.release;
