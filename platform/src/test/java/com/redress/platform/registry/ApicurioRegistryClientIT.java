package com.redress.platform.registry;

import com.redress.testkit.LocalKafkaStack;
import com.redress.testkit.WithLocalKafkaStack;

/** The registry client's contract against Apicurio Registry's Confluent-compatible API, as tests and the sandbox run it. */
@WithLocalKafkaStack
class ApicurioRegistryClientIT extends SchemaRegistryClientContract {

    ApicurioRegistryClientIT(LocalKafkaStack stack) {
        super(stack.schemaRegistryUrl());
    }
}
