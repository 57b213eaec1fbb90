// Runs Neo4j Community as a server on 127.0.0.1 for machines without Docker:
// the embedded database with its Bolt connector, as in Neo4j's Java reference
// ("Accessing Neo4j embedded via the Bolt protocol").
// Usage: java -cp 'lib/*:classes' DiplographNeo4j HOME PORT PAGECACHE_MB
// The neo4j user's password comes from DIPLOGRAPH_NEO4J_INITIAL_PASSWORD (never the command line).
// Cypher cannot reach outside the database: LOAD CSV may not read files (its import folder is an
// empty one inside HOME) nor fetch from any address.
import inet.ipaddr.IPAddressString;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

public final class DiplographNeo4j {
    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        long pagecacheMb = Long.parseLong(args[2]);
        String password = System.getenv("DIPLOGRAPH_NEO4J_INITIAL_PASSWORD");
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(HttpConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.auth_enabled, true)
            .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pagecacheMb))
            .setConfig(GraphDatabaseSettings.allow_file_urls, false)
            .setConfig(GraphDatabaseSettings.load_csv_file_url_root, home.resolve("import"))
            .setConfig(
                GraphDatabaseInternalSettings.cypher_ip_blocklist,
                List.of(new IPAddressString("0.0.0.0/0"), new IPAddressString("::/0")))
            .build();
        Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown));
        if (password != null && !password.isEmpty()) {
            dbms.database("system").executeTransactionally(
                "ALTER USER neo4j IF EXISTS SET PLAINTEXT PASSWORD $pw CHANGE NOT REQUIRED",
                Map.of("pw", password));
        }
        System.out.println("diplograph-neo4j ready on 127.0.0.1:" + port);
        System.out.flush();
        Thread.currentThread().join();
    }
}
