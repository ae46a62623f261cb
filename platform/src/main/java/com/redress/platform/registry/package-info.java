/**
 * Client of the Confluent Schema Registry REST API: over HTTP with retries and fail-over, cached, or in memory for
 * tests ({@code mock://<scope>}); see {@link com.redress.platform.registry.SchemaRegistryClients}.
 */
package com.redress.platform.registry;
