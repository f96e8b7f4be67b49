package io.hatchery.devstack;

/** Mongo connection strings of the local platform and the benchmarks. */
public final class MongoUris {

    private MongoUris() {
    }

    /** The Mongo URI with the database replaced, keeping hosts, credentials and options. */
    public static String withDatabase(String uri, String database) {
        int hostsStart = uri.indexOf("://") + 3;
        int pathStart = uri.indexOf('/', hostsStart);
        int queryStart = uri.indexOf('?', hostsStart);
        String hosts = uri.substring(0, pathStart >= 0 ? pathStart : queryStart >= 0 ? queryStart : uri.length());
        String query = queryStart >= 0 ? uri.substring(queryStart) : "";
        return hosts + "/" + database + query;
    }
}
