package com.redress.testkit;

/** Thrown when a server was asked for one exact loopback port and another process holds it. */
public final class PortUnavailableException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final int port;

    PortUnavailableException(String serverName, int port) {
        super("Cannot start " + serverName + ": port " + port + " on 127.0.0.1 is already in use by another process."
                + " Stop that process or ask for any free port instead.");
        this.port = port;
    }

    /** The port that was asked for and is taken. */
    public int port() {
        return port;
    }
}
