package dev.hyperapp.api.json;

import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import dev.hyperapp.annotations.Address;
import dev.hyperapp.annotations.ProcessId;

/**
 * The shapes of our own types and the rules Jackson does not have: variants, results, unsigned
 * integers, numbers that must fit.
 */
final class WireModule extends SimpleModule {

  WireModule() {
    super("hyperapp-wire");
    addSerializer(Address.class, ToStringSerializer.instance);
    addSerializer(ProcessId.class, ToStringSerializer.instance);
    addDeserializer(Address.class, new IdentifierDeserializer<>(Address.class, Address::parse));
    addDeserializer(ProcessId.class, new IdentifierDeserializer<>(ProcessId.class, ProcessId::parse));
    addKeyDeserializer(Address.class, new IdentifierDeserializer.Key(Address::parse));
    addKeyDeserializer(ProcessId.class, new IdentifierDeserializer.Key(ProcessId::parse));
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.insertAnnotationIntrospector(new SealedVariants());
    context.insertAnnotationIntrospector(new UnsignedIntegers.Introspector());
    context.addSerializers(new ResultCodec.Serializers());
    context.addDeserializers(new ResultCodec.Deserializers());
    context.addDeserializers(new StrictNumbers());
  }
}
