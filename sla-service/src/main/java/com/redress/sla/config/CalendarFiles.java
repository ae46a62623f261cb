package com.redress.sla.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.redress.sla.calendar.BusinessCalendar;
import com.redress.sla.calendar.CalendarCatalog;
import com.redress.sla.calendar.CalendarLoader;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/** The calendar files at the configured location ({@code classpath*:} or {@code file:} pattern), read and validated. */
final class CalendarFiles {

    private final ResourcePatternResolver resources;
    private final String location;

    CalendarFiles(ResourcePatternResolver resources, String location) {
        this.resources = resources;
        this.location = location;
    }

    /**
     * Every calendar found at the location.
     *
     * @throws com.redress.sla.definition.InvalidDefinitionException when a file is invalid
     * @throws IllegalStateException when no file is found or two files share an id
     * @throws UncheckedIOException when a file cannot be read
     */
    CalendarCatalog read() {
        List<BusinessCalendar> calendars = new ArrayList<>();
        for (Resource resource : resources()) {
            calendars.add(CalendarLoader.load(resource.getDescription(), open(resource)));
        }
        if (calendars.isEmpty()) {
            throw new IllegalStateException("No calendar files found at " + location);
        }
        try {
            return new CalendarCatalog(calendars);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Calendar files at " + location + ": " + e.getMessage(), e);
        }
    }

    String location() {
        return location;
    }

    private Resource[] resources() {
        try {
            return resources.getResources(location);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list calendar files at " + location, e);
        }
    }

    /** Opens a calendar or policy file. */
    static InputStream open(Resource resource) {
        try {
            return resource.getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open SLA definition " + resource.getDescription(), e);
        }
    }
}
