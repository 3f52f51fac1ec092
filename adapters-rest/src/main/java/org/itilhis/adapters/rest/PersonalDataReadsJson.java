package org.itilhis.adapters.rest;

import java.util.List;

/**
 * One page of the personal-data read log, newest first; {@code next} (the cursor of the page
 * after it) is absent on the last page.
 */
public record PersonalDataReadsJson(List<PersonalDataReadJson> items, String next) {
}
