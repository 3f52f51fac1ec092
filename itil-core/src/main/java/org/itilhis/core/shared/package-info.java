/**
 * Building blocks every aggregate shares: identities of people, groups and places, the
 * {@link org.itilhis.core.shared.Actor} who issues a command, the base types of domain
 * events and domain exceptions, and the bilingual message catalogue that turns an error's
 * stable key into English or Simplified Chinese text.
 */
package org.itilhis.core.shared;
