using System;
using System.Collections.Generic;
using System.IO;
using BenchmarkDotNet.Attributes;
using DataGrip.Core.Schema;
using NJsonSchema;
using NJsonSchema.Validation;

namespace DataGrip.Core.Benchmarks;

/// <summary>
/// Validating an export: the library's streaming validator (schema per project, plus reading into the model and the
/// semantic checks) against bare NJsonSchema validating the whole document against the same schema. Target ≤ 1.2×.
/// </summary>
[MemoryDiagnoser]
public class ValidateBenchmarks
{
    private ExportValidator validator = null!;
    private JsonSchema schema = null!;
    private MemoryStream stream = null!;
    private string json = null!;

    [Params(1_000, 10_000)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var utf8 = TestData.Utf8(Count);
        stream = new MemoryStream(utf8, writable: false);
        json = TestData.Text(utf8);
        validator = new ExportValidator();
        schema = JsonSchema.FromJsonAsync(DataGripSchemas.ExportSchemaJson).GetAwaiter().GetResult();

        var errors = schema.Validate(json);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"Bare NJsonSchema finds {errors.Count} errors in the generated document, first: {string.Join("; ", System.Linq.Enumerable.Take(errors, 5))}");
        }
    }

    [Benchmark(Baseline = true)]
    public ICollection<ValidationError> NJsonSchemaValidate() => schema.Validate(json);

    [Benchmark]
    public ValidationReport ValidateStream()
    {
        stream.Position = 0;
        return validator.Validate(stream);
    }
}
