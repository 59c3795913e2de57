package org.opensrdi.benchmarks;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.opensrdi.sdk.SpecResources;
import org.opensrdi.sdk.identifiers.Uscc;

/**
 * Writes realistic, seeded OpenSRDI submissions of any size, as NDJSON or as one JSON Submission
 * document: enterprises with Chinese names, real GB/T 2260 divisions and GB/T 4754-2017 classes,
 * valid USCCs (GB 32100 and the embedded GB 11714 check characters, positions 3–8 a real
 * division), plausible yearly figures, designations and events, and a chosen share of invalid
 * records of several kinds ({@link Defect}). The same seed and settings give the same bytes.
 *
 * <p>Every record that is not made invalid is accepted by the validator without any issue at the
 * as-of date of the settings ({@code SubmissionGeneratorTests} checks it).
 *
 * <pre>
 * java -cp target/benchmarks.jar org.opensrdi.benchmarks.SubmissionGenerator \
 *     --records 300000 --seed 42 --invalid-percent 5 --format ndjson --out /tmp/s.ndjson
 * </pre>
 */
public final class SubmissionGenerator {

    /** The kinds of invalid record, each with the issue code the validator answers with. */
    public enum Defect {
        /** The USCC's GB 32100 check character is wrong: SRDI-E4101 (record rules). */
        BAD_CHECK_DIGIT,
        /** A division code that GB/T 2260 never had: SRDI-E4201 (record rules). */
        UNKNOWN_DIVISION,
        /** R&D expense above operating revenue in one year: SRDI-E4301 (record rules). */
        RD_ABOVE_REVENUE,
        /** An amount with three decimals: SRDI-E2006 (schema, multipleOf 0.01). */
        BAD_MONEY_DECIMALS,
        /**
         * NDJSON: a line cut short, SRDI-E1102 (syntax). A JSON document cannot be read past broken
         * JSON, so there the cut record comes as a JSON string, as a double-encoding export would
         * write it: SRDI-E1202.
         */
        BROKEN_JSON
    }

    /** Output formats. */
    public enum Format {
        /** One SubmissionRecord per line. */
        NDJSON,
        /** One Submission document with an envelope and a records array. */
        JSON
    }

    /**
     * What to generate.
     *
     * @param records how many records
     * @param seed the random seed
     * @param invalidPercent the share of records made invalid, 0–100
     * @param format the output format
     * @param jurisdiction the submitting jurisdiction; enterprises are registered inside it
     *     ({@code 000000}: anywhere in mainland China)
     * @param asOf the as-of date the data is consistent with
     */
    public record Settings(long records, long seed, double invalidPercent, Format format, String jurisdiction,
            LocalDate asOf) {

        /** The settings run.sh uses unless told otherwise. */
        public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2025, 6, 30);

        /**
         * Checks the settings.
         *
         * @param records how many records
         * @param seed the random seed
         * @param invalidPercent the share of invalid records
         * @param format the output format
         * @param jurisdiction the submitting jurisdiction
         * @param asOf the as-of date
         */
        public Settings {
            if (records < 0) {
                throw new IllegalArgumentException("records must be zero or more, not " + records);
            }
            if (!(invalidPercent >= 0 && invalidPercent <= 100)) {
                throw new IllegalArgumentException("invalid-percent must be 0 to 100, not " + invalidPercent);
            }
        }

        /**
         * Default settings for a number of records: seed 42, 5 % invalid, NDJSON, the whole country,
         * as of 2025-06-30.
         *
         * @param records how many records
         * @return the settings
         */
        public static Settings of(long records) {
            return new Settings(records, 42, 5, Format.NDJSON, "000000", DEFAULT_AS_OF);
        }
    }

    /**
     * What was generated, for the benchmark report.
     *
     * @param records records written
     * @param enterprises enterprise records
     * @param designations designation records
     * @param events event records
     * @param defects invalid records by kind
     */
    public record Summary(long records, long enterprises, long designations, long events, Map<Defect, Long> defects) {

        /**
         * Invalid records of all kinds.
         *
         * @return the count
         */
        public long invalid() {
            return defects.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private static final String USCC_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    /** Characters of GB 11714 organisation-code bodies that are also GB 32100 characters. */
    private static final String BODY_LETTERS = "ABCDEFGHJKLMNPQRTUWXY";
    private static final String TRADE_NAME_CHARACTERS = "华宏兴泰恒达鑫瑞隆盛锦昌福安康顺丰源博睿智联创新科翔宇航晟铭嘉禾润泽远辰星"
            + "海川峰岳力强天成金银铜铁精工德信诚和中通佳美亿利祥云凯骏骐腾飞龙凤麒麟朗明光启航";
    private static final String[] LEGAL_FORMS = {"有限公司", "有限公司", "有限公司", "有限责任公司", "股份有限公司"};
    private static final String[] PROVINCE_SUFFIXES = {"省", "市", "自治区", "壮族自治区", "回族自治区", "维吾尔自治区"};
    private static final String[] DIVISION_SUFFIXES = {"土家族苗族自治县", "自治县", "自治州", "自治旗", "新区", "区", "县", "市", "旗"};

    private final Settings settings;
    private final SplittableRandom random;
    private final List<County> counties = new ArrayList<>();
    private final Map<String, String> parents = new HashMap<>();
    private final Map<String, String> levels = new HashMap<>();
    private final List<Industry> industries = new ArrayList<>();
    private final List<String> unknownDivisions = new ArrayList<>();
    private final JsonFactory json = new JsonFactory();
    private final Map<Defect, Long> defects = new EnumMap<>(Defect.class);
    private final Set<String> usccs = new HashSet<>();
    private long enterprises;
    private long designations;
    private long events;
    private long nextId;

    /** A county-level division with its prefecture and province, for names and granting authorities. */
    private record County(String code, String shortName, String prefecture, String province) {
    }

    /** A GB/T 4754-2017 class with the words a company name of that industry uses. */
    private record Industry(String code, String[] words) {
    }

    /**
     * A generator for the settings; loads the code lists of the bundled specification.
     *
     * @param settings what to generate
     */
    public SubmissionGenerator(Settings settings) {
        this.settings = settings;
        this.random = new SplittableRandom(settings.seed());
        loadDivisions();
        loadIndustries();
        for (Defect defect : Defect.values()) {
            defects.put(defect, 0L);
        }
    }

    /**
     * Generates a file from command-line options; see the class comment and {@code --help}.
     *
     * @param args the options
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        long records = 100_000;
        long seed = 42;
        double invalidPercent = 5;
        Format format = null;
        String jurisdiction = "000000";
        LocalDate asOf = Settings.DEFAULT_AS_OF;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help") || option.equals("-h")) {
                System.out.println("""
                        Usage: SubmissionGenerator --out FILE [--records N] [--seed S] [--invalid-percent P]
                                                   [--format ndjson|json] [--jurisdiction CODE] [--as-of YYYY-MM-DD]
                        Defaults: 100000 records, seed 42, 5 % invalid, format from the file name
                        (.json: one Submission document, else NDJSON), jurisdiction 000000, as of 2025-06-30.""");
                return;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            String value = args[++i];
            switch (option) {
                case "--records" -> records = Long.parseLong(value.replace("_", ""));
                case "--seed" -> seed = Long.parseLong(value);
                case "--invalid-percent" -> invalidPercent = Double.parseDouble(value);
                case "--format" -> format = Format.valueOf(value.toUpperCase(Locale.ROOT));
                case "--jurisdiction" -> jurisdiction = value;
                case "--as-of" -> asOf = LocalDate.parse(value);
                case "--out" -> out = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + option + " (see --help)");
            }
        }
        if (out == null) {
            throw new IllegalArgumentException("--out FILE is required (see --help)");
        }
        if (format == null) {
            format = out.toString().endsWith(".json") ? Format.JSON : Format.NDJSON;
        }
        Settings settings = new Settings(records, seed, invalidPercent, format, jurisdiction, asOf);
        long started = System.nanoTime();
        Summary summary;
        try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
            summary = new SubmissionGenerator(settings).write(stream);
        }
        System.err.printf(Locale.ROOT, "%s: %,d records (%,d enterprises, %,d designations, %,d events; %,d invalid %s),"
                + " %,d bytes in %.1f s%n", out, summary.records(), summary.enterprises(), summary.designations(),
                summary.events(), summary.invalid(), summary.defects(), Files.size(out),
                (System.nanoTime() - started) / 1e9);
    }

    /**
     * Writes the submission.
     *
     * @param out where to write; not closed
     * @return what was written
     * @throws IOException if writing fails
     */
    public Summary write(OutputStream out) throws IOException {
        boolean document = settings.format() == Format.JSON;
        if (document) {
            out.write(envelope().getBytes(StandardCharsets.UTF_8));
        }
        long written = 0;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(2048);
        while (written < settings.records()) {
            for (Item record : enterpriseWithRelatedRecords()) {
                if (written == settings.records()) {
                    break;
                }
                buffer.reset();
                Defect defect = random.nextDouble() * 100 < settings.invalidPercent() ? record.pickDefect(random) : null;
                writeRecord(record, defect, buffer);
                byte[] bytes = buffer.toByteArray();
                if (defect == Defect.BROKEN_JSON) {
                    // Cut inside the record, never at its very end (so that it is not JSON) and never
                    // inside a UTF-8 sequence (so that it is still UTF-8).
                    int cut = 1 + random.nextInt(bytes.length - 2);
                    while ((bytes[cut] & 0xC0) == 0x80) {
                        cut--;
                    }
                    bytes = Arrays.copyOf(bytes, cut);
                    if (document) {
                        bytes = quoted(bytes);
                    }
                }
                if (defect != null) {
                    defects.merge(defect, 1L, Long::sum);
                }
                if (document) {
                    out.write(written == 0 ? "\n    ".getBytes(StandardCharsets.US_ASCII)
                            : ",\n    ".getBytes(StandardCharsets.US_ASCII));
                }
                out.write(bytes);
                if (!document) {
                    out.write('\n');
                }
                written++;
                switch (record.kind()) {
                    case ENTERPRISE -> enterprises++;
                    case DESIGNATION -> designations++;
                    case EVENT -> events++;
                    default -> throw new IllegalStateException(record.kind().toString());
                }
            }
        }
        if (document) {
            out.write("\n  ]\n}\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.flush();
        return new Summary(written, enterprises, designations, events, new EnumMap<>(defects));
    }

    private String envelope() {
        String code = settings.jurisdiction();
        int year = settings.asOf().getYear() - 1;
        return "{\n  \"specVersion\": \"0.1.0\",\n  \"submissionId\": \"" + code + "-" + year + "-bench-" + settings.seed()
                + "\",\n  \"submittingJurisdiction\": \"" + code + "\",\n  \"period\": {\"start\": \"" + year
                + "-01-01\", \"end\": \"" + year + "-12-31\"},\n  \"asOfDate\": \"" + settings.asOf()
                + "\",\n  \"submittedAt\": \"" + settings.asOf().plusDays(8) + "T15:30:00+08:00\",\n"
                + "  \"submitter\": \"工业和信息化主管部门（基准测试数据）\",\n  \"records\": [";
    }

    // ---------------------------------------------------------------------------------------------
    // Records

    private enum Kind {
        ENTERPRISE, DESIGNATION, EVENT
    }

    /** One record to write: a kind and the fields it is built from. */
    private record Item(Kind kind, Enterprise enterprise, DesignationFacts designation, EventFacts event) {

        Defect pickDefect(SplittableRandom random) {
            Defect[] applicable = switch (kind) {
                case ENTERPRISE -> Defect.values();
                case DESIGNATION -> new Defect[] {Defect.BAD_CHECK_DIGIT, Defect.UNKNOWN_DIVISION, Defect.BROKEN_JSON};
                case EVENT -> event.amounts().isEmpty()
                        ? new Defect[] {Defect.BAD_CHECK_DIGIT, Defect.BROKEN_JSON}
                        : new Defect[] {Defect.BAD_CHECK_DIGIT, Defect.BAD_MONEY_DECIMALS, Defect.BROKEN_JSON};
            };
            return applicable[random.nextInt(applicable.length)];
        }
    }

    /** An enterprise and its yearly figures. */
    private record Enterprise(String uscc, String name, County county, Industry industry, LocalDate registered,
            String ownership, boolean aboveDesignatedSize, List<Year> years, boolean criteriaFacts) {
    }

    /** One fiscal year's figures; amounts in fen (0.01 yuan). */
    private record Year(int fiscalYear, int employees, int employeesAverage, int rdStaff, int technicalStaff,
            long revenue, long mainBusiness, long totalIncome, long costs, long rd, long rdDomestic,
            long assets, long liabilities, long netProfit, long highTech, int classOneIp, int classTwoIp,
            int inventionPatents) {
    }

    /** A designation of an enterprise. */
    private record DesignationFacts(String id, String uscc, String tier, String level, String granting, LocalDate date,
            LocalDate termStart, LocalDate termEnd, boolean renewal, String status, String batch) {
    }

    /** An event of an enterprise; amounts in fen, by property name, in writing order. */
    private record EventFacts(String id, String uscc, String kind, LocalDate date, Map<String, String> texts,
            Map<String, Long> amounts) {
    }

    private List<Item> enterpriseWithRelatedRecords() {
        Enterprise enterprise = enterprise();
        List<Item> records = new ArrayList<>(4);
        records.add(new Item(Kind.ENTERPRISE, enterprise, null, null));
        int designationCount = weighted(45, 35, 15, 5);
        Set<String> tiers = new HashSet<>();
        for (int i = 0; i < designationCount; i++) {
            DesignationFacts designation = designation(enterprise);
            // One designation per tier and level, so that no two terms overlap (SRDI-E5004).
            if (tiers.add(designation.tier() + designation.level())) {
                records.add(new Item(Kind.DESIGNATION, enterprise, designation, null));
            }
        }
        int eventCount = weighted(55, 30, 15);
        for (int i = 0; i < eventCount; i++) {
            records.add(new Item(Kind.EVENT, enterprise, null, event(enterprise)));
        }
        return records;
    }

    private Enterprise enterprise() {
        County county = counties.get(random.nextInt(counties.size()));
        Industry industry = industries.get(random.nextInt(industries.size()));
        String uscc;
        do {
            uscc = uscc(county);
        } while (!usccs.add(uscc));
        String name = county.shortName() + tradeName() + industry.words()[random.nextInt(industry.words().length)]
                + LEGAL_FORMS[random.nextInt(LEGAL_FORMS.length)];
        int lastYear = settings.asOf().getYear() - 1;
        int yearCount = weighted(20, 35, 45) + 1;
        LocalDate registered = LocalDate.of(1993 + random.nextInt(lastYear - yearCount - 1993 + 1), 1, 1)
                .plusDays(random.nextInt(365));
        int employees = (int) Math.round(Math.exp(Math.log(8) + random.nextDouble() * (Math.log(1800) - Math.log(8))));
        long revenuePerEmployee = 150_000 + random.nextInt(1_600_000);
        List<Year> years = new ArrayList<>(yearCount);
        for (int y = lastYear - yearCount + 1; y <= lastYear; y++) {
            years.add(year(y, employees, revenuePerEmployee));
            employees = Math.max(1, (int) Math.round(employees * (0.93 + random.nextDouble() * 0.2)));
            revenuePerEmployee = Math.round(revenuePerEmployee * (0.9 + random.nextDouble() * 0.3));
        }
        String ownership = switch (weighted(85, 4, 4, 3, 2, 2)) {
            case 0 -> "PRIVATE";
            case 1 -> "STATE_OWNED";
            case 2 -> "MIXED";
            case 3 -> "FOREIGN_INVESTED";
            case 4 -> "HK_MACAO_TAIWAN_INVESTED";
            default -> "COLLECTIVE";
        };
        return new Enterprise(uscc, name, county, industry, registered, ownership, random.nextInt(3) > 0, years,
                random.nextBoolean());
    }

    private Year year(int fiscalYear, int employees, long revenuePerEmployee) {
        long revenue = roundYuan(employees * revenuePerEmployee * 100L);
        long mainBusiness = roundYuan(Math.round(revenue * (0.82 + random.nextDouble() * 0.18)));
        long totalIncome = revenue + roundYuan(Math.round(revenue * random.nextDouble() * 0.04));
        long costs = roundYuan(Math.round(revenue * (0.78 + random.nextDouble() * 0.2)));
        long rd = roundYuan(Math.round(revenue * (0.01 + random.nextDouble() * 0.09)));
        long rdDomestic = random.nextInt(5) == 0 ? roundYuan(Math.round(rd * (0.7 + random.nextDouble() * 0.3))) : rd;
        long assets = roundYuan(Math.round(revenue * (0.6 + random.nextDouble() * 1.2)));
        long liabilities = roundYuan(Math.round(assets * (0.2 + random.nextDouble() * 0.5)));
        long netProfit = roundYuan(Math.round(revenue * (-0.05 + random.nextDouble() * 0.17)));
        long highTech = random.nextInt(3) == 0 ? roundYuan(Math.round(totalIncome * random.nextDouble() * 0.8)) : -1;
        int average = Math.max(0, employees - random.nextInt(Math.max(1, employees / 10 + 1)));
        int rdStaff = Math.max(0, (int) Math.round(employees * (0.05 + random.nextDouble() * 0.25)));
        int technical = Math.min(average, rdStaff + random.nextInt(Math.max(1, employees / 8 + 1)));
        int classOne = random.nextInt(8);
        return new Year(fiscalYear, employees, average, Math.min(rdStaff, employees), technical, revenue, mainBusiness,
                totalIncome, costs, rd, rdDomestic, assets, liabilities, netProfit, highTech, classOne,
                classOne + random.nextInt(30), Math.min(classOne, random.nextInt(6)));
    }

    /** Most reported amounts are whole yuan; one in five keeps its fen. */
    private long roundYuan(long fen) {
        return random.nextInt(5) == 0 ? fen : fen / 100 * 100;
    }

    private DesignationFacts designation(Enterprise enterprise) {
        LocalDate asOf = settings.asOf();
        County county = enterprise.county();
        String tier;
        String level;
        String granting;
        LocalDate earliest;
        int termYears;
        switch (weighted(30, 20, 30, 8, 12)) {
            case 0 -> {
                tier = "INNOVATIVE_SME";
                level = "PROVINCIAL";
                granting = county.province();
                earliest = LocalDate.of(2022, 8, 1);
                termYears = 3;
            }
            case 1 -> {
                tier = "TECH_SME";
                level = "PROVINCIAL";
                granting = county.province();
                earliest = asOf.minusYears(3);
                termYears = 1;
            }
            case 2 -> {
                tier = "SRDI_SME";
                boolean municipal = county.prefecture() != null && random.nextInt(5) == 0;
                level = municipal ? "PREFECTURAL" : "PROVINCIAL";
                granting = municipal ? county.prefecture() : county.province();
                earliest = asOf.minusYears(6);
                termYears = 3;
            }
            case 3 -> {
                tier = "LITTLE_GIANT";
                level = "NATIONAL";
                granting = "000000";
                earliest = asOf.minusYears(6);
                termYears = 3;
            }
            default -> {
                tier = "HIGH_TECH_ENTERPRISE";
                level = "PROVINCIAL";
                granting = county.province();
                earliest = asOf.minusYears(6);
                termYears = 3;
            }
        }
        LocalDate latest = asOf.minusDays(30);
        LocalDate date = earliest.plusDays(random.nextInt((int) (latest.toEpochDay() - earliest.toEpochDay()) + 1));
        LocalDate termStart = date;
        LocalDate termEnd = termStart.plusYears(termYears).minusDays(1);
        String status = termEnd.isBefore(asOf) ? "EXPIRED" : "ACTIVE";
        String id = "BM-D-" + Long.toString(++nextId, 36).toUpperCase(Locale.ROOT);
        return new DesignationFacts(id, enterprise.uscc(), tier, level, granting, date, termStart, termEnd,
                random.nextInt(7) == 0, status, date.getYear() + "年第" + (1 + random.nextInt(3)) + "批");
    }

    private EventFacts event(Enterprise enterprise) {
        LocalDate asOf = settings.asOf();
        LocalDate date = asOf.minusDays(1 + random.nextInt(3 * 365));
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, Long> amounts = new LinkedHashMap<>();
        String kind;
        switch (weighted(25, 20, 20, 15, 10, 10)) {
            case 0 -> {
                kind = "PLATFORM_APPROVAL";
                texts.put("level", random.nextBoolean() ? "PROVINCIAL" : "PREFECTURAL");
                texts.put("platformType", random.nextInt(3) == 0 ? "ENGINEERING_TECHNOLOGY_RESEARCH_CENTRE"
                        : "ENTERPRISE_TECHNOLOGY_CENTRE");
            }
            case 1 -> {
                kind = "RD_CENTRE_CONSTRUCTION";
                amounts.put("constructionCost", roundYuan(100_000_00L + random.nextLong(5_000_000_00L)));
                texts.put("servesIndustry", Boolean.toString(random.nextBoolean()));
            }
            case 2 -> {
                kind = "TECHNICAL_UPGRADE";
                long total = roundYuan(1_000_000_00L + random.nextLong(30_000_000_00L));
                amounts.put("totalInvestment", total);
                amounts.put("equipmentPurchase", roundYuan(Math.round(total * (0.3 + random.nextDouble() * 0.6))));
                texts.put("projectName", tradeName() + "智能化技术改造项目");
            }
            case 3 -> {
                kind = "AWARD_RECEIVED";
                texts.put("awardingJurisdiction", random.nextBoolean() || enterprise.county().prefecture() == null
                        ? enterprise.county().province() : enterprise.county().prefecture());
                amounts.put("awardAmount", (50_000L + random.nextInt(20) * 50_000L) * 100);
                texts.put("awardPurpose", "DESIGNATION");
            }
            case 4 -> {
                kind = "FIRST_PRODUCT";
                texts.put("firstProductKind", random.nextBoolean() ? "FIRST_SET_EQUIPMENT" : "FIRST_BATCH_MATERIAL");
                texts.put("level", "PROVINCIAL");
            }
            default -> {
                kind = "PROJECT_COMPLETION";
                texts.put("projectName", tradeName() + "关键零部件产业化项目");
            }
        }
        String id = "BM-E-" + Long.toString(++nextId, 36).toUpperCase(Locale.ROOT);
        return new EventFacts(id, enterprise.uscc(), kind, date, texts, amounts);
    }

    // ---------------------------------------------------------------------------------------------
    // Writing

    private void writeRecord(Item record, Defect defect, OutputStream out) throws IOException {
        try (JsonGenerator g = json.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            switch (record.kind()) {
                case ENTERPRISE -> writeEnterprise(g, record.enterprise(), defect);
                case DESIGNATION -> writeDesignation(g, record.designation(), defect);
                case EVENT -> writeEvent(g, record.event(), defect);
                default -> throw new IllegalStateException(record.kind().toString());
            }
            g.writeEndObject();
        }
    }

    private void writeEnterprise(JsonGenerator g, Enterprise e, Defect defect) throws IOException {
        g.writeObjectFieldStart("enterprise");
        g.writeStringField("uscc", defect == Defect.BAD_CHECK_DIGIT ? wrongCheckCharacter(e.uscc()) : e.uscc());
        g.writeStringField("name", e.name());
        g.writeStringField("divisionCode", defect == Defect.UNKNOWN_DIVISION
                ? unknownDivisions.get(random.nextInt(unknownDivisions.size())) : e.county().code());
        g.writeStringField("industryCode", e.industry().code());
        g.writeStringField("registrationDate", e.registered().toString());
        g.writeStringField("ownership", e.ownership());
        g.writeBooleanField("independentLegalPerson", true);
        g.writeStringField("listingStatus", "NOT_LISTED");
        g.writeBooleanField("aboveDesignatedSize", e.aboveDesignatedSize());
        g.writeStringField("dataAsOf", settings.asOf().withDayOfMonth(1).minusMonths(2).toString());
        g.writeArrayFieldStart("yearlyFigures");
        int badYear = random.nextInt(e.years().size());
        for (int i = 0; i < e.years().size(); i++) {
            Year y = e.years().get(i);
            boolean bad = i == badYear;
            g.writeStartObject();
            g.writeNumberField("fiscalYear", y.fiscalYear());
            g.writeNumberField("employees", y.employees());
            g.writeNumberField("employeesAnnualAverage", y.employeesAverage());
            g.writeNumberField("rdStaff", y.rdStaff());
            g.writeNumberField("technicalStaff", y.technicalStaff());
            money(g, "operatingRevenue", y.revenue(), bad && defect == Defect.BAD_MONEY_DECIMALS);
            money(g, "mainBusinessRevenue", y.mainBusiness(), false);
            money(g, "totalIncome", y.totalIncome(), false);
            money(g, "totalCostsAndExpenses", y.costs(), false);
            money(g, "rdExpense", bad && defect == Defect.RD_ABOVE_REVENUE ? y.revenue() * 6 / 5 : y.rd(), false);
            money(g, "rdExpenseDomestic", y.rdDomestic(), false);
            money(g, "totalAssets", y.assets(), false);
            money(g, "totalLiabilities", y.liabilities(), false);
            money(g, "netProfit", y.netProfit(), false);
            if (y.highTech() >= 0) {
                money(g, "highTechProductRevenue", y.highTech(), false);
            }
            g.writeNumberField("classOneIpCount", y.classOneIp());
            g.writeNumberField("classTwoIpCount", y.classTwoIp());
            g.writeNumberField("inventionPatentCount", y.inventionPatents());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (e.criteriaFacts()) {
            g.writeObjectFieldStart("criteriaFacts");
            g.writeStringField("nicheMarketEntryDate", e.registered().plusYears(1).toString());
            g.writeBooleanField("qualityManagementCertified", true);
            g.writeBooleanField("ownBrand", e.uscc().charAt(10) % 2 == 0);
            g.writeStringField("rdInstitutionLevel", e.uscc().charAt(11) % 3 == 0 ? "PROVINCIAL" : "MUNICIPAL");
            g.writeObjectFieldStart("compliance");
            g.writeBooleanField("notInAbnormalOperationList", true);
            g.writeBooleanField("notSeriouslyDishonest", true);
            g.writeBooleanField("productsNotProhibited", true);
            g.writeBooleanField("noMajorIncidents", true);
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private void writeDesignation(JsonGenerator g, DesignationFacts d, Defect defect) throws IOException {
        g.writeObjectFieldStart("designation");
        g.writeStringField("id", d.id());
        g.writeStringField("enterpriseUscc", defect == Defect.BAD_CHECK_DIGIT ? wrongCheckCharacter(d.uscc()) : d.uscc());
        g.writeStringField("tier", d.tier());
        g.writeStringField("level", d.level());
        g.writeStringField("grantingJurisdiction", defect == Defect.UNKNOWN_DIVISION
                ? unknownDivisions.get(random.nextInt(unknownDivisions.size())) : d.granting());
        g.writeStringField("designationDate", d.date().toString());
        g.writeStringField("termStart", d.termStart().toString());
        g.writeStringField("termEnd", d.termEnd().toString());
        g.writeStringField("recognitionType", d.renewal() ? "RENEWAL" : "FIRST");
        g.writeStringField("status", d.status());
        g.writeStringField("batch", d.batch());
        g.writeEndObject();
    }

    private void writeEvent(JsonGenerator g, EventFacts e, Defect defect) throws IOException {
        g.writeObjectFieldStart("event");
        g.writeStringField("id", e.id());
        g.writeStringField("enterpriseUscc", defect == Defect.BAD_CHECK_DIGIT ? wrongCheckCharacter(e.uscc()) : e.uscc());
        g.writeStringField("kind", e.kind());
        g.writeStringField("date", e.date().toString());
        for (Map.Entry<String, String> text : e.texts().entrySet()) {
            if (text.getKey().equals("servesIndustry")) {
                g.writeBooleanField(text.getKey(), Boolean.parseBoolean(text.getValue()));
            } else {
                g.writeStringField(text.getKey(), text.getValue());
            }
        }
        boolean first = true;
        for (Map.Entry<String, Long> amount : e.amounts().entrySet()) {
            money(g, amount.getKey(), amount.getValue(), first && defect == Defect.BAD_MONEY_DECIMALS);
            first = false;
        }
        g.writeEndObject();
    }

    /** The text as one JSON string. */
    private byte[] quoted(byte[] text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length + 16);
        try (JsonGenerator g = json.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeString(new String(text, StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    /** An amount in fen as a plain decimal with two places ("17860000.00"), or three if {@code bad}. */
    private void money(JsonGenerator g, String field, long fen, boolean bad) throws IOException {
        long abs = Math.abs(fen);
        String text = (fen < 0 ? "-" : "") + abs / 100 + "." + (abs % 100 < 10 ? "0" : "") + abs % 100;
        g.writeFieldName(field);
        g.writeNumber(bad ? text + (1 + random.nextInt(9)) : text);
    }

    // ---------------------------------------------------------------------------------------------
    // Identifiers and names

    /**
     * A valid USCC: 91 (an enterprise registered with market regulation), the registering
     * division (the county, sometimes its prefecture), an organisation code with its GB 11714
     * check character, and the GB 32100 check character.
     */
    private String uscc(County county) {
        StringBuilder b = new StringBuilder(18);
        b.append(random.nextInt(20) == 0 ? "92" : "91");
        b.append(county.prefecture() != null && random.nextInt(5) == 0 ? county.prefecture() : county.code());
        String body;
        if (random.nextInt(3) == 0) {
            // Codes issued before 2015: eight digits.
            body = String.format(Locale.ROOT, "%08d", random.nextInt(100_000_000));
        } else {
            // Codes issued with the USCC: "MA" and six characters.
            StringBuilder tail = new StringBuilder("MA");
            for (int i = 0; i < 6; i++) {
                tail.append(random.nextInt(3) == 0 ? BODY_LETTERS.charAt(random.nextInt(BODY_LETTERS.length()))
                        : (char) ('0' + random.nextInt(10)));
            }
            body = tail.toString();
        }
        b.append(body).append(Uscc.organisationCodeCheckCharacter(body).orElseThrow());
        b.append(Uscc.checkCharacter(b.toString()));
        return b.toString();
    }

    private String wrongCheckCharacter(String uscc) {
        char right = uscc.charAt(17);
        char wrong;
        do {
            wrong = USCC_CHARACTERS.charAt(random.nextInt(USCC_CHARACTERS.length()));
        } while (wrong == right);
        return uscc.substring(0, 17) + wrong;
    }

    private String tradeName() {
        int length = TRADE_NAME_CHARACTERS.length();
        return "" + TRADE_NAME_CHARACTERS.charAt(random.nextInt(length)) + TRADE_NAME_CHARACTERS.charAt(random.nextInt(length));
    }

    /** An index chosen with the given relative weights. */
    private int weighted(int... weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int pick = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            pick -= weights[i];
            if (pick < 0) {
                return i;
            }
        }
        throw new IllegalStateException();
    }

    // ---------------------------------------------------------------------------------------------
    // Code lists

    private void loadDivisions() {
        List<Map<String, String>> rows = SpecResources.codeListRows("gbt2260-divisions.csv");
        Map<String, String> names = new HashMap<>();
        for (Map<String, String> row : rows) {
            parents.put(row.get("code"), row.get("parent"));
            levels.put(row.get("code"), row.get("level"));
            names.put(row.get("code"), row.get("name"));
        }
        Set<String> known = new HashSet<>(names.keySet());
        for (Map<String, String> row : SpecResources.codeListRows("gbt2260-withdrawn.csv")) {
            known.add(row.get("code"));
        }
        for (Map<String, String> row : rows) {
            String code = row.get("code");
            // Taiwan, Hong Kong and Macao register enterprises under other laws and codes.
            if (!"county".equals(row.get("level")) || code.startsWith("71") || code.startsWith("81")
                    || code.startsWith("82") || !within(code, settings.jurisdiction())) {
                continue;
            }
            String parent = row.get("parent");
            String prefecture = "prefecture".equals(levels.get(parent)) ? parent : null;
            String province = prefecture != null ? parents.get(prefecture) : parent;
            String name = names.get(code);
            // A county named only "市辖区" says nothing; name the company after its prefecture.
            String shown = name.endsWith("市辖区") && prefecture != null ? names.get(prefecture) : name;
            counties.add(new County(code, shortName(shown), prefecture, province));
            String unknown = code.substring(0, 4) + "9" + code.charAt(5);
            if (!known.contains(unknown) && unknownDivisions.size() < 500) {
                unknownDivisions.add(unknown);
            }
        }
        if (counties.isEmpty()) {
            throw new IllegalArgumentException("No county-level division inside " + settings.jurisdiction());
        }
        unknownDivisions.add("990101");
    }

    private boolean within(String code, String ancestor) {
        if ("000000".equals(ancestor)) {
            return true;
        }
        for (String current = code; current != null && !current.isEmpty(); current = parents.get(current)) {
            if (current.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    private static String shortName(String name) {
        for (String suffix : DIVISION_SUFFIXES) {
            if (name.endsWith(suffix) && name.length() - suffix.length() >= 2) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        for (String suffix : PROVINCE_SUFFIXES) {
            if (name.endsWith(suffix) && name.length() - suffix.length() >= 2) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    private void loadIndustries() {
        Map<String, String> parentOf = new HashMap<>();
        List<Map<String, String>> rows = SpecResources.codeListRows("gbt4754-2017-industries.csv");
        for (Map<String, String> row : rows) {
            parentOf.put(row.get("code"), row.get("parent"));
        }
        for (Map<String, String> row : rows) {
            if (!"class".equals(row.get("level"))) {
                continue;
            }
            String code = row.get("code");
            String section = parentOf.get(parentOf.get(parentOf.get(code)));
            String[] words = switch (section) {
                case "C" -> wordsForManufacturing(Integer.parseInt(code.substring(0, 2)));
                case "I" -> new String[] {"信息技术", "软件", "数据科技", "网络科技"};
                case "M" -> new String[] {"检测技术", "工程技术", "科技服务", "研究院"};
                default -> null;
            };
            if (words != null) {
                industries.add(new Industry(code, words));
            }
        }
    }

    private static String[] wordsForManufacturing(int division) {
        if (division <= 16) {
            return new String[] {"食品", "生物科技", "农业科技"};
        }
        if (division <= 24) {
            return new String[] {"纺织", "家居", "新材料", "包装科技"};
        }
        if (division <= 29) {
            return new String[] {"化工", "新材料", "生物医药", "制药", "塑胶科技"};
        }
        if (division <= 33) {
            return new String[] {"新材料", "金属制品", "精密铸造", "特种合金"};
        }
        if (division <= 37) {
            return new String[] {"精密机械", "装备制造", "智能装备", "液压科技", "汽车零部件"};
        }
        if (division <= 40) {
            return new String[] {"电子", "电气", "光电科技", "仪器仪表", "半导体"};
        }
        return new String[] {"科技", "制造", "环保科技"};
    }
}
