package com.redress.intake.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.redress.platform.web.ApiKeyAuthentication;

/** Describes the REST API for {@code /v3/api-docs} and the Swagger UI, including the channel API key. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final String API_KEY_SCHEME = "channelApiKey";

    @Bean
    OpenAPI intakeOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Redress intake API").version("v1")
                        .description("Channel systems submit complaints and case-handling systems post case updates. "
                                + "Errors are RFC 9457 application/problem+json."))
                .components(new Components().addSecuritySchemes(API_KEY_SCHEME, new SecurityScheme()
                        .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER)
                        .name(ApiKeyAuthentication.HEADER)
                        .description("The channel system's own API key; intake stores only its SHA-256")))
                .addSecurityItem(new SecurityRequirement().addList(API_KEY_SCHEME));
    }
}
