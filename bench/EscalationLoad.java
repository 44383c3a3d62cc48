import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Escalation under load, against a running ServiceLevel server on PostgreSQL: how late the steps of
 * many open clocks fire, how many fire per second in a burst, what the server costs while nothing is
 * due. Not a test: a measurement, run by bench/escalation-load.sh, which starts and restarts the server.
 *
 * <pre>
 * java bench/EscalationLoad.java setup --base http://localhost:8080/servicelevel/ --user alice --password demo-pass --target PT8H
 * java -cp postgresql.jar bench/EscalationLoad.java seed --template 51 --clocks 100000 --bursts 1000,10000 --spread 180 --margin 120
 * java -cp postgresql.jar bench/EscalationLoad.java watch --pid 1234 --idle 60
 * java -cp postgresql.jar bench/EscalationLoad.java cpu --pid 1234 --seconds 60
 * </pre>
 *
 * {@code setup} creates through the API what a real ticket needs (a 24/7 calendar, a customer, a
 * support group with a lead and a member, an SLA with one resolution target under the default
 * escalation policy) and one template ticket. {@code seed} clones the template in the database, with
 * the server stopped, into phases whose warning steps (80 % of the target) come due at chosen
 * instants: a spread phase (one step a second), bursts (all steps of the burst in one second), and the
 * rest of the open clocks, whose steps come due hours after the run. {@code watch} waits until the
 * phases have fired, sampling the CPU time of the server process and of its database connections each
 * second, measures the server's CPU while no step is due, and reports from the database.
 */
public final class EscalationLoad {

    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern SECRET = Pattern.compile("\"secret\":\"([^\"]+)\"");
    private static final String JSON = "application/json";
    private static final long TICKS = 100;

    private final Map<String, String> options;

    private EscalationLoad(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>(Map.of("base", "http://localhost:8080/servicelevel/",
                "user", "alice", "password", "demo-pass", "target", "PT8H",
                "jdbc", "jdbc:postgresql://127.0.0.1:5432/servicelevel_bench", "db-user", "postgres",
                "bursts", "1000", "spread", "180", "gap", "180", "idle", "60"));
        for (int i = 1; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        EscalationLoad load = new EscalationLoad(options);
        switch (args.length == 0 ? "" : args[0]) {
            case "setup" -> load.setup();
            case "seed" -> load.seed();
            case "watch" -> load.watch();
            case "cpu" -> load.cpu();
            case "count" -> load.count();
            default -> throw new IllegalArgumentException("setup | seed | watch | cpu | count");
        }
    }

    private String option(String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    // ---- setup over HTTP -------------------------------------------------------------------------

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1).build();
    private String authorization;

    /** Creates the agreement and its people through the API, then one template ticket; prints its id. */
    private void setup() throws Exception {
        String base = option("base").endsWith("/") ? option("base") : option("base") + "/";
        options.put("base", base);
        String basic = "Basic " + Base64.getEncoder().encodeToString((option("user") + ":" + option("password"))
                .getBytes(StandardCharsets.UTF_8));
        authorization = basic;
        String token = expect(201, call("POST", base + "api/me/tokens",
                "{\"name\":\"escalation load\",\"validDays\":1}")).body();
        Matcher secret = SECRET.matcher(token);
        if (!secret.find()) {
            throw new IllegalStateException("No API token in " + token);
        }
        authorization = "Bearer " + secret.group(1);

        String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        String calendar = "Bench 24/7 " + run;
        expect(201, call("POST", base + "api/calendars", """
                {"name":"%s","timeZone":"UTC","effectiveFrom":"2020-01-01","preset":"24/7"}""".formatted(calendar)));
        String customer = "B" + run;
        expect(201, call("POST", base + "api/customers", """
                {"code":"%s","name":"Bench %s Ltd"}""".formatted(customer, run)));
        String agent = user("agent", run);
        String lead = user("agent", run);
        String owner = user("manager", run);
        String group = "G" + run;
        expect(201, call("POST", base + "api/support-groups", """
                {"code":"%s","name":"Bench line %s","kind":"SUPPORT_LINE","lineLevel":1,"lead":"%s","members":["%s"]}"""
                .formatted(group, run, lead, agent)));
        String sla = "SLA-BENCH-" + run;
        HttpResponse<String> created = expect(201, call("POST", base + "api/agreements", """
                {"number":"%s","type":"SLA","title":"Escalation bench","customer":"%s","validFrom":"2026-01-01",
                 "reviewDate":"2099-06-30","owner":"%s",
                 "terms":{"services":[{"code":"WS","name":"Workplace","calendar":"%s"}],
                  "priorities":[{"number":1,"name":"Normal","resolution":"%s"}],
                  "defaultPriority":1}}""".formatted(sla, customer, owner, calendar, option("target"))));
        long agreement = id(created.body());
        String etag = created.headers().firstValue("ETag").orElseThrow();
        expect(200, send(HttpRequest.newBuilder(URI.create(base + "api/agreements/" + agreement + "/activate"))
                .header("If-Match", etag).POST(HttpRequest.BodyPublishers.noBody())));
        HttpResponse<String> ticket = expect(201, call("POST", base + "api/tickets", """
                {"customer":"%s","agreement":"%s","service":"WS","title":"Escalation bench template","priority":1,
                 "assignee":"%s","supportGroup":"%s"}""".formatted(customer, sla, agent, group)));
        long id = id(ticket.body());
        System.err.println("Agreement " + sla + " (resolution " + option("target") + ", default policy), group " + group
                + " (lead " + lead + ", member " + agent + "), owner " + owner + "; template ticket " + id);
        System.out.println(id);
    }

    private String user(String role, String run) throws Exception {
        String username = ("bench-" + role + "-" + UUID.randomUUID().toString().substring(0, 6) + "-" + run)
                .toLowerCase(Locale.ROOT);
        expect(201, call("POST", option("base") + "api/users", """
                {"username":"%s","displayName":"%s","email":"%s@example.com","password":"bench-pass-1","roles":["%s"]}"""
                .formatted(username, username, username, role)));
        return username;
    }

    private HttpResponse<String> call(String method, String uri, String body) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(uri)).header("Content-Type", JSON)
                .method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.header("Authorization", authorization).header("Accept", JSON)
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " " + response.request().uri() + ": expected "
                    + status + ", got " + response.statusCode() + " " + response.body());
        }
        return response;
    }

    private static long id(String body) {
        Matcher id = ID.matcher(body);
        if (!id.find()) {
            throw new IllegalStateException("No id in " + body);
        }
        return Long.parseLong(id.group(1));
    }

    // ---- seeding in the database -----------------------------------------------------------------

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(option("jdbc"), option("db-user"), options.getOrDefault("db-password", ""));
    }

    /**
     * Clones the template ticket (its row, its history, its stored clocks, its pending escalation steps
     * and tags) into {@code --clocks} tickets, each shifted in time so that its warning comes due at the
     * instant its phase calls for. First the open clocks whose warnings come due from 90 minutes to
     * hours later (spread evenly, registered in the past hours); then, {@code --margin} seconds after
     * those are in (time for the server to start), the phases: the spread (one warning a second for
     * {@code --spread} seconds), then each burst (all its warnings in one second), {@code --gap}
     * seconds apart. Every timestamp of a clone moves by the same amount, so its clocks are those of the
     * template registered at another instant.
     */
    private void seed() throws Exception {
        long template = Long.parseLong(option("template"));
        long clocks = Long.parseLong(option("clocks"));
        int spread = Integer.parseInt(option("spread"));
        long gap = Long.parseLong(option("gap"));
        long margin = Long.parseLong(option("margin"));
        List<Long> bursts = new ArrayList<>();
        for (String b : option("bursts").split(",")) {
            if (!b.isBlank()) {
                bursts.add(Long.parseLong(b.trim()));
            }
        }
        long phased = spread + bursts.stream().mapToLong(Long::longValue).sum();
        if (phased > clocks) {
            throw new IllegalArgumentException("The phases need " + phased + " clocks, more than --clocks " + clocks);
        }
        long started = System.nanoTime();
        try (Connection db = connect(); Statement sql = db.createStatement()) {
            sql.execute("SET synchronous_commit = off");
            sql.execute("SET maintenance_work_mem = '256MB'");
            Instant registered = instant(sql, "SELECT registered_at FROM ticket WHERE id = " + template);
            Instant warning = instant(sql, "SELECT due_at FROM escalation_step WHERE ticket_id = " + template
                    + " AND state = 'PENDING' AND metric = 'resolution' AND step_index = 0");
            Duration toWarning = Duration.between(registered, warning);

            sql.execute("DROP SCHEMA IF EXISTS bench CASCADE");
            sql.execute("CREATE SCHEMA bench");
            sql.execute("CREATE TABLE bench.phase (name VARCHAR(40) PRIMARY KEY, position INTEGER, first_k BIGINT,"
                    + " last_k BIGINT, due_from TIMESTAMP WITH TIME ZONE, due_to TIMESTAMP WITH TIME ZONE)");
            sql.execute("CREATE TABLE bench.clone (k BIGINT PRIMARY KEY, ticket_id BIGINT NOT NULL, number VARCHAR(20)"
                    + " NOT NULL, phase VARCHAR(40) NOT NULL, warning_at TIMESTAMP WITH TIME ZONE NOT NULL,"
                    + " shift INTERVAL NOT NULL)");
            long ticketBase = number(sql, "SELECT GREATEST((SELECT MAX(id) FROM ticket), (SELECT last_value FROM"
                    + " ticket_seq)) + 1000");
            long numberBase = number(sql, "SELECT last_value FROM ticket_number_seq") + 1000;
            List<String> schedule = new ArrayList<>();

            // The open clocks (k after the phases'): warnings from 90 minutes on, registrations in the past.
            long rest = clocks - phased;
            if (rest > 0) {
                Instant now = Instant.now();
                Instant restFrom = now.plus(Duration.ofMinutes(90)).truncatedTo(ChronoUnit.SECONDS);
                Instant restTo = now.plus(toWarning).minusSeconds(60);
                if (!restTo.isAfter(restFrom)) {
                    throw new IllegalArgumentException("The target is too short for warnings hours after the run: "
                            + toWarning + " to the warning");
                }
                long step = Math.max(1, Duration.between(restFrom, restTo).toMillis() / rest);
                try (PreparedStatement insert = db.prepareStatement("INSERT INTO bench.clone (k, ticket_id, number,"
                        + " phase, warning_at, shift) SELECT k, 0, '', 'open', CAST(? AS TIMESTAMPTZ) + ((k - ?) * ?)::FLOAT8"
                        + " * INTERVAL '1 millisecond', INTERVAL '0' FROM generate_series(?, ?) k")) {
                    insert.setString(1, restFrom.toString());
                    insert.setLong(2, phased + 1);
                    insert.setLong(3, step);
                    insert.setLong(4, phased + 1);
                    insert.setLong(5, clocks);
                    insert.executeUpdate();
                }
                record(db, "open", Integer.MAX_VALUE, phased + 1, clocks, restFrom, restTo);
                schedule.add(String.format(Locale.ROOT, "  open clocks: %,d warnings from %s to %s", rest, restFrom,
                        restTo));
                cloneAll(db, template, "open", ticketBase, numberBase, warning);
            }
            setSequence(sql, "ticket_number_seq", "SELECT " + numberBase + " + " + clocks);

            // The phases (k from 1), due from --margin seconds after the open clocks are in.
            Instant at = Instant.now().plusSeconds(margin).truncatedTo(ChronoUnit.SECONDS);
            long k = 1;
            int position = 0;
            if (spread > 0) {
                k = phase(db, "spread", position++, k, spread, at, 1, schedule);
                at = at.plusSeconds(spread + gap);
            }
            for (int b = 0; b < bursts.size(); b++) {   // a size given twice names its second burst "#2"
                long burst = bursts.get(b);
                long earlier = bursts.subList(0, b).stream().filter(x -> x == burst).count();
                String name = "burst " + burst + (earlier == 0 ? "" : " #" + (earlier + 1));
                k = phase(db, name, position++, k, burst, at, 0, schedule);
                at = at.plusSeconds(gap);
            }
            if (phased > 0) {
                cloneAll(db, template, "phases", ticketBase, numberBase, warning);
            }
            long pending = number(sql, "SELECT COUNT(*) FROM escalation_step WHERE state = 'PENDING'");
            System.err.printf(Locale.ROOT, "Seeded %,d open clocks (clones of ticket %d, warning %s after registration)"
                    + " in %.0f s; %,d pending escalation steps in all. Warnings due:%n", clocks, template,
                    toWarning, (System.nanoTime() - started) / 1e9, pending);
            schedule.forEach(System.err::println);
        }
    }

    /** Numbers and shifts the clones of a batch ({@code open} or the phases), then copies the template's rows for them. */
    private static void cloneAll(Connection db, long template, String batch, long ticketBase, long numberBase,
            Instant warning) throws SQLException {
        String which = batch.equals("open") ? "phase = 'open'" : "phase <> 'open'";
        try (PreparedStatement ids = db.prepareStatement("UPDATE bench.clone SET ticket_id = ? + k, number = 'T-'"
                + " || CASE WHEN ? + k > 999999 THEN (? + k)::TEXT ELSE LPAD((? + k)::TEXT, 6, '0') END,"
                + " shift = warning_at - CAST(? AS TIMESTAMPTZ) WHERE " + which)) {
            ids.setLong(1, ticketBase);
            ids.setLong(2, numberBase);
            ids.setLong(3, numberBase);
            ids.setLong(4, numberBase);
            ids.setString(5, warning.toString());
            ids.executeUpdate();
        }
        try (Statement sql = db.createStatement()) {
            sql.execute("ANALYZE bench.clone");
            cloneRows(db, "ticket", "id", template, null, which);
            cloneRows(db, "ticket_event", "ticket_id", template, "ticket_event_seq", which);
            cloneRows(db, "ticket_clock", "ticket_id", template, null, which);
            cloneRows(db, "ticket_tag", "ticket_id", template, null, which);
            cloneRows(db, "escalation_step", "ticket_id", template, "escalation_step_seq", which);
            setSequence(sql, "ticket_seq", "SELECT MAX(id) FROM ticket");
            for (String table : List.of("ticket", "ticket_event", "ticket_clock", "escalation_step")) {
                sql.execute("ANALYZE " + table);
            }
        }
    }

    private long phase(Connection db, String name, int position, long fromK, long count, Instant at, int perSecond,
            List<String> schedule) throws SQLException {
        long toK = fromK + count - 1;
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO bench.clone (k, ticket_id, number, phase,"
                + " warning_at, shift) SELECT k, 0, '', ?, CAST(? AS TIMESTAMPTZ) + ((k - ?) * ?)::FLOAT8"
                + " * INTERVAL '1 second', INTERVAL '0' FROM generate_series(?, ?) k")) {
            insert.setString(1, name);
            insert.setString(2, at.toString());
            insert.setLong(3, fromK);
            insert.setInt(4, perSecond);
            insert.setLong(5, fromK);
            insert.setLong(6, toK);
            insert.executeUpdate();
        }
        Instant to = at.plusSeconds(perSecond * (count - 1));
        record(db, name, position, fromK, toK, at, to);
        schedule.add(String.format(Locale.ROOT, "  %s: %,d warnings %s", name, count,
                perSecond == 0 ? "at " + at : "one a second from " + at + " to " + to));
        return toK + 1;
    }

    private static void record(Connection db, String name, int position, long fromK, long toK, Instant from,
            Instant to) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO bench.phase VALUES (?, ?, ?, ?,"
                + " CAST(? AS TIMESTAMPTZ), CAST(? AS TIMESTAMPTZ))")) {
            insert.setString(1, name);
            insert.setInt(2, position);
            insert.setLong(3, fromK);
            insert.setLong(4, toK);
            insert.setString(5, from.toString());
            insert.setString(6, to.toString());
            insert.executeUpdate();
        }
    }

    /**
     * Copies the template's rows of {@code table} once per clone, reading the columns from the schema:
     * the row's own id (from {@code idSequence}'s range) and the ticket's id are the clone's, every
     * instant moves by the clone's shift, the ticket's number is the clone's, the rest is copied.
     */
    private static void cloneRows(Connection db, String table, String ticketColumn, long template, String idSequence,
            String which) throws SQLException {
        List<String> columns = new ArrayList<>();
        List<String> values = new ArrayList<>();
        try (PreparedStatement read = db.prepareStatement("SELECT column_name, data_type FROM information_schema.columns"
                + " WHERE table_schema = 'public' AND table_name = ? ORDER BY ordinal_position")) {
            read.setString(1, table);
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    String column = rows.getString(1);
                    String type = rows.getString(2);
                    columns.add(column);
                    if (column.equals(ticketColumn)) {
                        values.add("c.ticket_id");
                    } else if (column.equals("id") && idSequence != null) {
                        values.add("? + (c.k - 1) * t.n_rows + t.j");
                    } else if (table.equals("ticket") && column.equals("number")) {
                        values.add("c.number");
                    } else if (table.equals("ticket") && column.equals("external_reference")) {
                        values.add("NULL");
                    } else if (type.startsWith("timestamp")) {
                        values.add("t." + column + " + c.shift");
                    } else {
                        values.add("t." + column);
                    }
                }
            }
        }
        long rows;
        try (Statement sql = db.createStatement()) {
            rows = number(sql, "SELECT COUNT(*) FROM " + table + " WHERE " + ticketColumn + " = " + template);
        }
        if (rows == 0) {
            return;
        }
        long idBase = 0;
        if (idSequence != null) {
            try (Statement sql = db.createStatement()) {
                idBase = number(sql, "SELECT GREATEST((SELECT COALESCE(MAX(id), 0) FROM " + table + "), (SELECT"
                        + " last_value FROM " + idSequence + ")) + 1000");
            }
        }
        String insert = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT "
                + String.join(", ", values) + " FROM bench.clone c CROSS JOIN (SELECT x.*, ROW_NUMBER() OVER () - 1 AS j,"
                + " COUNT(*) OVER () AS n_rows FROM " + table + " x WHERE x." + ticketColumn + " = " + template + ") t"
                + " WHERE c." + which + " ORDER BY c.k";
        long started = System.nanoTime();
        try (PreparedStatement clone = db.prepareStatement(insert)) {
            if (idSequence != null) {
                clone.setLong(1, idBase);
            }
            long inserted = clone.executeUpdate();
            System.err.printf(Locale.ROOT, "  %s: %,d rows in %.0f s%n", table, inserted,
                    (System.nanoTime() - started) / 1e9);
        }
        if (idSequence != null) {
            try (Statement sql = db.createStatement()) {
                setSequence(sql, idSequence, "SELECT MAX(id) FROM " + table);
            }
        }
    }

    /** Moves the sequence well past the ids used, whichever end of a block of 50 the server takes. */
    private static void setSequence(Statement sql, String sequence, String max) throws SQLException {
        sql.execute("SELECT setval('" + sequence + "', (" + max + ") + 100)");
    }

    private static long number(Statement sql, String query) throws SQLException {
        try (ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static Instant instant(Statement sql, String query) throws SQLException {
        try (ResultSet row = sql.executeQuery(query)) {
            if (!row.next()) {
                throw new IllegalStateException("Nothing for " + query);
            }
            return row.getTimestamp(1).toInstant();
        }
    }

    private void count() throws Exception {
        try (Connection db = connect(); Statement sql = db.createStatement()) {
            System.out.println(number(sql, "SELECT COUNT(*) FROM escalation_step WHERE state = 'PENDING'"));
        }
    }

    // ---- watching the server fire ----------------------------------------------------------------

    /** CPU time in clock ticks of the server process and of the database's server processes serving it. */
    private record Sample(long nanos, Instant at, long server, long database) {
    }

    private static long ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (Exception gone) {
            return 0;
        }
    }

    private static long machineBusyTicks() throws Exception {
        String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long busy = 0;
        for (int i = 1; i < cpu.length; i++) {
            if (i != 4 && i != 5) {
                busy += Long.parseLong(cpu[i]);
            }
        }
        return busy;
    }

    private Sample sample(Connection db, long pid) throws SQLException {
        long database = 0;
        try (Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery("SELECT pid FROM pg_stat_activity"
                + " WHERE datname = current_database() AND pid <> pg_backend_pid()")) {
            while (rows.next()) {
                database += ticks(rows.getLong(1));
            }
        }
        return new Sample(System.nanoTime(), Instant.now(), ticks(pid), database);
    }

    /** The server's CPU over {@code --seconds} while nothing is due: % of one core and of the machine. */
    private void cpu() throws Exception {
        long pid = Long.parseLong(option("pid"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", option("idle")));
        try (Connection db = connect()) {
            idle(db, pid, seconds, options.getOrDefault("label", "idle"));
        }
    }

    private void idle(Connection db, long pid, int seconds, String label) throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        long machineBefore = machineBusyTicks();
        Sample before = sample(db, pid);
        Thread.sleep(seconds * 1000L);
        Sample after = sample(db, pid);
        long machineAfter = machineBusyTicks();
        double wall = (after.nanos() - before.nanos()) / 1e9;
        double server = (after.server() - before.server()) / (double) TICKS;
        double database = (after.database() - before.database()) / (double) TICKS;
        long due;
        try (Statement sql = db.createStatement()) {
            due = number(sql, "SELECT COUNT(*) FROM escalation_step WHERE state = 'PENDING' AND due_at <= now()");
        }
        System.out.printf(Locale.ROOT, "Server CPU %s over %.0f s: %.2f s = %.2f %% of one core, %.2f %% of the"
                + " machine (%d cores); its database connections %.2f s; the whole machine was %.0f %% busy"
                + " (other work included); steps due meanwhile: %d%n", label, wall, server, 100 * server / wall,
                100 * server / wall / cores, cores, database, 100.0 * (machineAfter - machineBefore) / TICKS / wall / cores,
                due);
    }

    /**
     * Waits until every phase has come due and fired (or {@code --timeout} seconds past the last due
     * instant), sampling CPU each second; then reports each phase from the database, and the server's
     * CPU over {@code --idle} seconds with nothing due.
     */
    private void watch() throws Exception {
        long pid = Long.parseLong(option("pid"));
        long timeout = Long.parseLong(options.getOrDefault("timeout", "1800"));
        try (Connection db = connect(); Statement sql = db.createStatement()) {
            Instant lastDue = instant(sql, "SELECT MAX(due_to) FROM bench.phase WHERE name <> 'open'");
            Instant firstDue = instant(sql, "SELECT MIN(due_from) FROM bench.phase WHERE name <> 'open'");
            if (Instant.now().isAfter(firstDue) && !options.containsKey("resumed")) {
                System.out.println("WARNING: the server answered only after the first phase came due (" + firstDue
                        + "); its steps fired late for that reason");
            }
            List<Sample> samples = new ArrayList<>();
            Instant giveUp = lastDue.plusSeconds(timeout);
            long stuck = Long.parseLong(options.getOrDefault("stuck", "330"));
            String phaseWarnings = "FROM bench.clone c JOIN escalation_step s ON s.ticket_id = c.ticket_id"
                    + " AND s.step_index = 0 AND s.state = 'PENDING' WHERE c.phase <> 'open'";
            long left = -1;
            Instant progress = Instant.now();
            do {
                samples.add(sample(db, pid));
                Thread.sleep(1000);
                long now = number(sql, "SELECT COUNT(*) " + phaseWarnings);
                long due = number(sql, "SELECT COUNT(*) " + phaseWarnings + " AND s.due_at <= now()");
                if (now != left || due == 0) {
                    progress = Instant.now();
                }
                left = now;
                if (due > 0 && Instant.now().isAfter(progress.plusSeconds(stuck))) {
                    System.out.println("STUCK: " + due + " warnings of the phases are due and none fired for " + stuck
                            + " s (the escalation timer is not armed: see server.log)");
                    System.exit(3);
                }
            } while ((left > 0 || Instant.now().isBefore(lastDue.plusSeconds(2))) && Instant.now().isBefore(giveUp));
            samples.add(sample(db, pid));
            if (left > 0) {
                System.out.println("WARNING: " + left + " warnings of the phases still pending after the timeout");
            }
            Thread.sleep(5000);
            report(db, samples);
            idle(db, pid, Integer.parseInt(option("idle")), "with nothing due (pending steps hours ahead)");
        }
    }

    private void report(Connection db, List<Sample> samples) throws SQLException {
        System.out.println();
        System.out.println("| Phase | Warnings | Fired | Fired twice | E-mails per warning | p50 late (ms) | p99 late (ms)"
                + " | max late (ms) | Drained in (s) | Steps/s | Peak steps in one second | Server CPU per step (ms)"
                + " | DB CPU per step (ms) |");
        System.out.println("|---|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        try (Statement sql = db.createStatement(); ResultSet phases = sql.executeQuery("SELECT name, first_k, last_k,"
                + " due_from, due_to FROM bench.phase WHERE name <> 'open' ORDER BY position")) {
            List<Object[]> list = new ArrayList<>();
            while (phases.next()) {
                list.add(new Object[] {phases.getString(1), phases.getLong(2), phases.getLong(3),
                        phases.getTimestamp(4).toInstant(), phases.getTimestamp(5).toInstant()});
            }
            for (Object[] p : list) {
                phaseRow(db, (String) p[0], (Long) p[1], (Long) p[2], (Instant) p[3], (Instant) p[4], samples);
            }
        }
    }

    private void phaseRow(Connection db, String name, long fromK, long toK, Instant dueFrom, Instant dueTo,
            List<Sample> samples) throws SQLException {
        String steps = "FROM bench.clone c JOIN escalation_step s ON s.ticket_id = c.ticket_id AND s.metric = 'resolution'"
                + " AND s.step_index = 0 WHERE c.k BETWEEN " + fromK + " AND " + toK;
        try (Statement sql = db.createStatement()) {
            long count = toK - fromK + 1;
            long fired;
            long twice;
            double p50;
            double p99;
            long max;
            Instant lastFired;
            Instant firstFired;
            try (ResultSet r = sql.executeQuery("SELECT COUNT(*) FILTER (WHERE s.state = 'FIRED'),"
                    + " PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY s.late_ms), PERCENTILE_DISC(0.99) WITHIN GROUP"
                    + " (ORDER BY s.late_ms), MAX(s.late_ms), MAX(s.fired_at), MIN(s.fired_at) " + steps)) {
                r.next();
                fired = r.getLong(1);
                p50 = r.getDouble(2);
                p99 = r.getDouble(3);
                max = r.getLong(4);
                lastFired = r.getTimestamp(5) == null ? dueTo : r.getTimestamp(5).toInstant();
                firstFired = r.getTimestamp(6) == null ? dueFrom : r.getTimestamp(6).toInstant();
            }
            twice = number(sql, "SELECT COUNT(*) FROM (SELECT c.ticket_id FROM bench.clone c JOIN ticket_event e ON"
                    + " e.ticket_id = c.ticket_id AND e.type = 'ESCALATION' WHERE c.k BETWEEN " + fromK + " AND " + toK
                    + " GROUP BY c.ticket_id HAVING COUNT(*) > 1) x");
            String mails;
            try (ResultSet r = sql.executeQuery("SELECT MIN(n), MAX(n), SUM(n) FROM (SELECT c.k, COUNT(m.id) n FROM"
                    + " bench.clone c LEFT JOIN notification m ON m.kind = 'escalation' AND m.reference = c.number"
                    + " || '/resolution/0/0' WHERE c.k BETWEEN " + fromK + " AND " + toK + " GROUP BY c.k) x")) {
                r.next();
                mails = r.getLong(1) == r.getLong(2) ? r.getLong(1) + " each (" + String.format(Locale.ROOT, "%,d",
                        r.getLong(3)) + ")" : r.getLong(1) + " to " + r.getLong(2);
            }
            long peak = number(sql, "SELECT COALESCE(MAX(n), 0) FROM (SELECT DATE_TRUNC('second', s.fired_at), COUNT(*) n "
                    + steps + " AND s.state = 'FIRED' GROUP BY 1) x");
            double drained = Duration.between(dueFrom, lastFired).toMillis() / 1000.0;
            double rate = fired / Math.max(0.001, Duration.between(dueFrom, lastFired).toMillis() / 1000.0);
            // CPU over the phase's firing, from the samples taken each second.
            Sample before = at(samples, firstFired.minusSeconds(1), true);
            Sample after = at(samples, lastFired.plusSeconds(1), false);
            double server = before == null || after == null ? Double.NaN : (after.server() - before.server()) * 1000.0 / TICKS;
            double database = before == null || after == null ? Double.NaN
                    : (after.database() - before.database()) * 1000.0 / TICKS;
            System.out.printf(Locale.ROOT, "| %s | %,d | %,d | %,d | %s | %,.0f | %,.0f | %,d | %.1f | %.1f | %,d | %.1f | %.1f |%n",
                    name, count, fired, twice, mails, p50, p99, max, drained, rate, peak, server / Math.max(1, fired),
                    database / Math.max(1, fired));
        }
    }

    /** The last sample at or before {@code at} (or the first at or after it). */
    private static Sample at(List<Sample> samples, Instant at, boolean before) {
        Sample found = null;
        for (Sample s : samples) {
            if (before ? !s.at().isAfter(at) : !s.at().isBefore(at)) {
                found = s;
                if (!before) {
                    return s;
                }
            }
        }
        return found == null && !samples.isEmpty() ? samples.get(before ? 0 : samples.size() - 1) : found;
    }
}
