package org.opensrdi.sdk.internal.progress;

import java.util.HashMap;
import java.util.Map;
import org.opensrdi.sdk.internal.validation.CsvTables;

/** Chinese and English names of tiers and levels, from the code lists. Internal, not API. */
final class Labels {

    private static final Map<String, String[]> TITLES = new HashMap<>();

    static {
        for (String list : new String[] {"codelists/tier.csv", "codelists/level.csv"}) {
            for (Map<String, String> row : CsvTables.rows(list)) {
                TITLES.put(row.get("code"), new String[] {row.get("title_zh"), row.get("title_en")});
            }
        }
    }

    private Labels() {
    }

    /** The title of a tier or level code in a language, or the code itself. */
    static String title(String code, boolean zh) {
        String[] titles = TITLES.get(code);
        return titles == null ? code : titles[zh ? 0 : 1];
    }
}
