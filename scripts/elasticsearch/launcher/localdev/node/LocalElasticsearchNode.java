/*
 * Starts ONE genuine Elasticsearch 8 node (org.elasticsearch:elasticsearch from Maven Central) inside
 * this JVM, the way the distribution's bootstrap does it, minus the CLI/keystore/security-manager parts:
 * settings -> Environment -> log4j -> PluginsLoader(modules dir) -> new Node(...).start().
 *
 * Launched by scripts/elasticsearch.sh; every knob comes in as a system property:
 *   es.path.home     ES home (contains config/ and modules/)        [required]
 *   es.path.data     data directory                                  [required]
 *   es.path.logs     logs directory               (default: <home>/logs)
 *   es.http.host     bind/publish host            (default: 127.0.0.1)
 *   es.http.port     HTTP port                    (default: 9201)
 *   es.transport.port transport port range        (default: 9300-9399)
 *   es.cluster.name  cluster name                 (default: local-dev)
 *   es.node.name     node name                    (default: node-1)
 * The node stops (gracefully) on SIGTERM / SIGINT.
 */
package localdev.node;

import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.node.Node;
import org.elasticsearch.plugins.PluginsLoader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

public final class LocalElasticsearchNode {

    private LocalElasticsearchNode() {}

    private static String required(String key) {
        String value = System.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing system property -D" + key);
        }
        return value;
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(required("es.path.home")).toAbsolutePath().normalize();
        Path data = Path.of(required("es.path.data")).toAbsolutePath().normalize();
        Path logs = Path.of(System.getProperty("es.path.logs", home.resolve("logs").toString())).toAbsolutePath().normalize();
        String host = System.getProperty("es.http.host", "127.0.0.1");
        String port = System.getProperty("es.http.port", "9201");
        Path config = home.resolve("config");
        for (Path dir : new Path[] { config, home.resolve("modules"), home.resolve("plugins"), logs, data }) {
            Files.createDirectories(dir);
        }

        Settings settings = Settings.builder()
            .put("path.home", home.toString())
            .put("path.data", data.toString())
            .put("path.logs", logs.toString())
            .put("cluster.name", System.getProperty("es.cluster.name", "local-dev"))
            .put("node.name", System.getProperty("es.node.name", "node-1"))
            .put("network.host", host)
            .put("http.port", port)
            .put("transport.port", System.getProperty("es.transport.port", "9300-9399"))
            .put("discovery.type", "single-node")
            // a developer laptop with a nearly full disk must not turn indices read-only
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            .build();

        Environment environment = new Environment(settings, config);
        LogConfigurator.registerErrorListener();
        LogConfigurator.setNodeName(settings.get("node.name"));
        LogConfigurator.setClusterName(settings.get("cluster.name"));
        if (Files.exists(config.resolve("log4j2.properties"))) {
            LogConfigurator.configure(environment, true); // true: keep the console appender (stdout -> node.log)
        } else {
            LogConfigurator.configureWithoutConfig(settings);
        }

        // modules/<name>/plugin-descriptor.properties + jars, loaded in their own class loaders
        // (non-modular: the server itself runs on the class path here, not on the module path).
        PluginsLoader pluginsLoader = PluginsLoader.createPluginsLoader(
            PluginsLoader.loadModulesBundles(environment.modulesDir()),
            PluginsLoader.loadPluginsBundles(environment.pluginsDir()),
            Map.of(),
            false
        );

        Node node = new Node(environment, pluginsLoader);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.prepareForClose();
                node.close();
                node.awaitClose(20, TimeUnit.SECONDS);
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                stopped.countDown();
            }
        }, "local-es-shutdown"));
        node.start();
        System.out.println("local Elasticsearch node started: http://" + host + ":" + port);
        System.out.flush();
        stopped.await();
    }
}
