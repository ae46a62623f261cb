package com.redress.sla.policy;

import java.io.InputStream;
import java.util.List;

import com.redress.sla.calendar.Calendars;

/** The policy packs shipped with the service, loaded from the classpath as production loads them. */
public final class Policies {

    public static final List<String> BUNDLED = List.of("redress-default", "uk-fca-disp",
            "uk-fca-disp-payment-services", "eu-psd2", "us-cfpb", "au-asic-rg271", "sandbox-demo");

    private Policies() {
    }

    public static PolicyPack bundled(String name) {
        String file = "policies/" + name + ".yaml";
        InputStream content = Policies.class.getClassLoader().getResourceAsStream(file);
        if (content == null) {
            throw new IllegalArgumentException("no policy file " + file);
        }
        return PolicyLoader.load(file, content, Calendars.catalog());
    }
}
