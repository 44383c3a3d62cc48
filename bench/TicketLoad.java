import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads a running ServiceLevel server over HTTP and reports throughput and latency percentiles of
 * ticket creation, ticket reads (each with its SLA clocks), a mix of both, and a trivial
 * authenticated endpoint (GET /api/me) as the server's baseline; then times one import of
 * {@code --import} tickets with their histories. Not a test: a measurement, run by
 * bench/ticket-load.sh against a server started with the run command.
 *
 * <pre>
 * java bench/TicketLoad.java --base http://localhost:8080/servicelevel/ --user helpdesk --password demo-pass \
 *      --customer ACME --service WS --threads 8 --seconds 30 --warmup 10 --import 1000
 * </pre>
 * Every request authenticates with a bearer API token issued at the start (HTTP Basic would add a
 * password hash check to every request).
 */
public final class TicketLoad {

    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern SECRET = Pattern.compile("\"secret\":\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1).build();
    private final String base;
    private final String customer;
    private final String service;
    private final int threads;
    private String authorization;
    private final List<Long> ticketIds = new CopyOnWriteArrayList<>();

    private TicketLoad(String base, String customer, String service, int threads) {
        this.base = base.endsWith("/") ? base : base + "/";
        this.customer = customer;
        this.service = service;
        this.threads = threads;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>(Map.of("base", "http://localhost:8080/servicelevel/",
                "user", "helpdesk", "password", "demo-pass", "customer", "ACME", "service", "WS", "threads", "8",
                "seconds", "30", "warmup", "10"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        TicketLoad load = new TicketLoad(options.get("base"), options.get("customer"), options.get("service"),
                Integer.parseInt(options.get("threads")));
        load.login(options.get("user"), options.get("password"));
        int seconds = Integer.parseInt(options.get("seconds"));
        int warmup = Integer.parseInt(options.get("warmup"));
        System.out.printf(Locale.ROOT, "Load: %s, %d threads, %d s warm-up and %d s measured per scenario%n%n",
                load.base, load.threads, warmup, seconds);
        List<Result> results = new ArrayList<>();
        results.add(load.run("GET /api/me (trivial, authenticated)", warmup, seconds, load::me));
        results.add(load.run("POST /api/tickets (create)", warmup, seconds, load::create));
        results.add(load.run("GET /api/tickets/{id} (read with clocks)", warmup, seconds, load::read));
        results.add(load.run("80 % reads, 20 % creates", warmup, seconds,
                () -> ThreadLocalRandom.current().nextInt(5) == 0 ? load.create() : load.read()));
        int importSize = Integer.parseInt(options.getOrDefault("import", "1000"));
        System.out.println("| Scenario | Requests | Errors | Throughput (req/s) | p50 (ms) | p90 (ms) | p99 (ms) | max (ms) |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        for (Result r : results) {
            System.out.println(r.row());
        }
        if (importSize > 0) {
            load.importHistories(importSize);
        }
    }

    /** One import request of {@code count} tickets, each with a history of four events; prints tickets per second. */
    private void importHistories(int count) throws Exception {
        java.time.Instant registered = java.time.Instant.now().minus(Duration.ofDays(3))
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        StringBuilder body = new StringBuilder("{\"tickets\":[");
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < count; i++) {
            java.time.Instant at = registered.plusSeconds(i * 60L);
            body.append(i == 0 ? "" : ",").append("{\"customer\":\"").append(customer).append("\",\"service\":\"")
                    .append(service).append("\",\"title\":\"Imported ").append(i).append("\",\"externalReference\":\"")
                    .append(run).append('-').append(i).append("\",\"registeredAt\":\"").append(at)
                    .append("\",\"events\":[")
                    .append(event(at.plusSeconds(600), "\"type\":\"STATUS\",\"to\":\"IN_PROGRESS\"")).append(',')
                    .append(event(at.plusSeconds(1200), "\"type\":\"COMMENT\",\"text\":\"Working on it\"")).append(',')
                    .append(event(at.plusSeconds(3600), "\"type\":\"STATUS\",\"to\":\"CLARIFICATION_WITH_CUSTOMER\""))
                    .append(',')
                    .append(event(at.plusSeconds(7200), "\"type\":\"STATUS\",\"to\":\"IN_PROGRESS\"")).append("]}");
        }
        body.append("]}");
        long start = System.nanoTime();
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "api/tickets/import"))
                .header("Content-Type", "application/json").timeout(Duration.ofMinutes(30))
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        double seconds = (System.nanoTime() - start) / 1e9;
        Matcher created = Pattern.compile("\"created\":(\\d+)").matcher(response.body());
        System.out.printf(Locale.ROOT, "%nImport of %,d tickets with 4 events each in one request: HTTP %d, %s created"
                + " in %.1f s, %,.0f tickets/s%n", count, response.statusCode(), created.find() ? created.group(1) : "?",
                seconds, count / seconds);
    }

    private static String event(java.time.Instant at, String fields) {
        return "{\"at\":\"" + at + "\"," + fields + "}";
    }

    /** One request; answers whether it succeeded. */
    private interface Call {
        boolean call() throws Exception;
    }

    private record Result(String name, long requests, long errors, double seconds, long[] latenciesNanos) {

        String row() {
            long[] sorted = latenciesNanos.clone();
            Arrays.sort(sorted);
            return String.format(Locale.ROOT, "| %s | %,d | %,d | %,.0f | %.1f | %.1f | %.1f | %.1f |", name, requests,
                    errors, requests / seconds, ms(percentile(sorted, 0.50)), ms(percentile(sorted, 0.90)),
                    ms(percentile(sorted, 0.99)), ms(sorted.length == 0 ? 0 : sorted[sorted.length - 1]));
        }

        private static long percentile(long[] sorted, double p) {
            return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
        }

        private static double ms(long nanos) {
            return nanos / 1_000_000.0;
        }
    }

    private Result run(String name, int warmupSeconds, int seconds, Call call) throws InterruptedException {
        drive(call, warmupSeconds, null, null);
        ConcurrentLinkedQueue<long[]> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong errors = new AtomicLong();
        long start = System.nanoTime();
        drive(call, seconds, latencies, errors);
        double elapsed = (System.nanoTime() - start) / 1e9;
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).toArray();
        System.out.printf(Locale.ROOT, "%s: %,d requests in %.1f s%n", name, all.length, elapsed);
        return new Result(name, all.length, errors.get(), elapsed, all);
    }

    /** Runs the call on every thread until the time is up, keeping each latency if asked. */
    private void drive(Call call, int seconds, ConcurrentLinkedQueue<long[]> latencies, AtomicLong errors)
            throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                long[] mine = new long[1 << 16];
                int n = 0;
                while (System.nanoTime() < end) {
                    long before = System.nanoTime();
                    boolean ok;
                    try {
                        ok = call.call();
                    } catch (Exception e) {
                        ok = false;
                    }
                    long took = System.nanoTime() - before;
                    if (!ok && errors != null) {
                        errors.incrementAndGet();
                    }
                    if (n == mine.length) {
                        mine = Arrays.copyOf(mine, n * 2);
                    }
                    mine[n++] = took;
                }
                if (latencies != null) {
                    latencies.add(Arrays.copyOf(mine, n));
                }
            });
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
    }

    private void login(String user, String password) throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> token = client.send(HttpRequest.newBuilder(URI.create(base + "api/me/tokens"))
                .header("Authorization", basic).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"load test\",\"validDays\":1}")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher secret = SECRET.matcher(token.body());
        if (token.statusCode() != 201 || !secret.find()) {
            throw new IllegalStateException("Could not get an API token: " + token.statusCode() + " " + token.body());
        }
        authorization = "Bearer " + secret.group(1);
        for (int i = 0; i < 20; i++) {
            create();
        }
    }

    private boolean me() throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + "api/me")).GET()).statusCode() == 200;
    }

    private boolean create() throws Exception {
        String body = "{\"customer\":\"" + customer + "\",\"service\":\"" + service + "\",\"title\":\"Load test "
                + UUID.randomUUID() + "\",\"requestType\":\"incident\",\"channel\":\"API\"}";
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "api/tickets"))
                .header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        Matcher id = ID.matcher(response.body());
        if (response.statusCode() == 201 && id.find()) {
            ticketIds.add(Long.parseLong(id.group(1)));
            return true;
        }
        return false;
    }

    private boolean read() throws Exception {
        long id = ticketIds.get(ThreadLocalRandom.current().nextInt(ticketIds.size()));
        return send(HttpRequest.newBuilder(URI.create(base + "api/tickets/" + id)).GET()).statusCode() == 200;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.header("Authorization", authorization).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
