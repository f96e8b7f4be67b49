package io.hatchery.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Entry point of {@code ./hatchery}: {@code up} runs the platform locally, {@code token} prints a signed JWT. */
public final class HatcheryCli {

    static final String USAGE = """
            Usage: ./hatchery <command> [options]

              up [--demo]             start Kafka, Mongo, every service and the gateway; Ctrl-C stops them all;
                                      --demo loads the demo province once the platform is up
              demo [--seed N]         load a demo province into a running platform through its gateway:
                                      carriers and firms across the regions of the published plans (safe to repeat)
              token --role ROLE --region CODE [--role ROLE2 ...] [--subject NAME] [--carrier ID] [--investor ID]
                    [--partner ID] [--hours N]
                                      print a signed token the services accept, for curl:
                                      curl -H "Authorization: Bearer $(./hatchery token --role PROVINCE_ADMIN --region 320000)" ...
              help                    this text

            Roles: PROVINCE_ADMIN, CITY_OFFICER, CARRIER_OPERATOR, FUND_MANAGER, TALENT_OFFICER, AUDITOR, ANALYST.
            Environment: KAFKA_BOOTSTRAP_SERVERS and MONGODB_URI use external servers instead of the embedded ones;
            HATCHERY_GATEWAY_PORT (8080), HATCHERY_REGISTRY_PORT (8081), HATCHERY_EVALUATION_PORT (8082),
            HATCHERY_FUND_MATCHING_PORT (8083), HATCHERY_TALENT_PORT (8084), HATCHERY_STATISTICS_PORT (8085),
            HATCHERY_KAFKA_PORT (9092), HATCHERY_MONGO_PORT (27017) move the ports; data lives in var/.
            """;

    private HatcheryCli() {
    }

    public static void main(String[] args) throws Exception {
        System.exit(run(args, Path.of("").toAbsolutePath(), System.getenv()));
    }

    static int run(String[] args, Path home, Map<String, String> environment) throws Exception {
        if (args.length == 0 || args[0].equals("help") || args[0].equals("--help") || args[0].equals("-h")) {
            System.out.print(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        String command = args[0];
        List<String> options = List.of(args).subList(1, args.length);
        return switch (command) {
            case "up" -> new LocalPlatform(home, environment).runUntilStopped(options);
            case "token" -> token(home, options);
            case "demo" -> demo(home, options, environment);
            default -> {
                System.err.println("Unknown command '" + command + "'.\n");
                System.err.print(USAGE);
                yield 2;
            }
        };
    }

    private static int demo(Path home, List<String> options, Map<String, String> environment) throws Exception {
        long seed = 2026;
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).equals("--seed") && i + 1 < options.size()) {
                seed = Long.parseLong(options.get(++i));
            } else {
                System.err.println("Unknown option " + options.get(i) + " for demo.\n");
                System.err.print(USAGE);
                return 2;
            }
        }
        System.out.println(demoProvince(home, environment, seed).load());
        return 0;
    }

    static DemoProvince demoProvince(Path home, Map<String, String> environment, long seed) {
        String gateway = "http://127.0.0.1:" + ServiceCatalog.GATEWAY.port(environment);
        LocalTokenIssuer issuer = LocalTokenIssuer.inDirectory(LocalPlatform.keyDirectory(home));
        return new DemoProvince(gateway, province -> issuer.issue("demo-loader", List.of("PROVINCE_ADMIN"), province,
                Duration.ofHours(2)), seed, demoDate(home), DemoProvince.SEED_REGIONS);
    }

    /**
     * The day the demo's timeline is drawn back from: the day of the first load into this {@code var/}, kept in
     * {@code var/demo-as-of}. A later load then sends the very same commands, which change nothing; drawn from another
     * day, its dates would contradict what the first load recorded (a graduation before an admission).
     */
    static LocalDate demoDate(Path home) {
        Path file = home.resolve("var").resolve("demo-as-of");
        try {
            if (Files.exists(file)) {
                return LocalDate.parse(Files.readString(file).trim());
            }
            LocalDate today = LocalDate.now();
            Files.createDirectories(file.getParent());
            Files.writeString(file, today + System.lineSeparator());
            return today;
        } catch (IOException | DateTimeParseException e) {
            System.err.println("Cannot keep the demo's date in " + file + " (" + e.getMessage() + "); using today's.");
            return LocalDate.now();
        }
    }

    private static int token(Path home, List<String> options) {
        List<String> roles = new ArrayList<>();
        String region = null;
        String subject = null;
        String carrier = null;
        String investor = null;
        String partner = null;
        long hours = 8;
        for (int i = 0; i < options.size(); i++) {
            String option = options.get(i);
            String value = i + 1 < options.size() ? options.get(i + 1) : null;
            if (value == null) {
                System.err.println("Option " + option + " needs a value.");
                return 2;
            }
            switch (option) {
                case "--role" -> roles.add(value);
                case "--region" -> region = value;
                case "--subject" -> subject = value;
                case "--carrier" -> carrier = value;
                case "--investor" -> investor = value;
                case "--partner" -> partner = value;
                case "--hours" -> hours = Long.parseLong(value);
                default -> {
                    System.err.println("Unknown option " + option + " for token.\n");
                    System.err.print(USAGE);
                    return 2;
                }
            }
            i++;
        }
        if (roles.isEmpty() || region == null) {
            System.err.println("token needs --role and --region, e.g. ./hatchery token --role CITY_OFFICER --region 320900");
            return 2;
        }
        if (roles.contains("CARRIER_OPERATOR") && carrier == null) {
            System.err.println("a CARRIER_OPERATOR token needs --carrier ID, the carrier whose firms it manages");
            return 2;
        }
        if (roles.contains("FUND_MANAGER") && investor == null) {
            System.err.println("a FUND_MANAGER token needs --investor ID, the investor whose funds it manages");
            return 2;
        }
        if (roles.contains("PARTNER") && partner == null) {
            System.err.println("a PARTNER token needs --partner ID, the partner (department) its client acts for");
            return 2;
        }
        LocalTokenIssuer issuer = LocalTokenIssuer.inDirectory(LocalPlatform.keyDirectory(home));
        String name = subject != null ? subject : roles.get(0).toLowerCase() + "-" + region;
        System.out.println(issuer.issue(name, roles, region, carrier, investor, partner, Duration.ofHours(hours)));
        return 0;
    }
}
