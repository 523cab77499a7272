using DataGrip.WebApi;
using Microsoft.AspNetCore.Builder;

// A vendor's minimal API on DataGrip.Core: POST an export to /analyses and get its validation, completeness, risk and
// overlap back as JSON; POST Algoritmeregister data to /imports and get a DataGrip export back. See ExportApi.
var builder = WebApplication.CreateBuilder(args);
builder.AddExportApi();

var app = builder.Build();
app.MapExportApi();
app.Run();

/// <summary>The entry point (public for the tests' <c>WebApplicationFactory&lt;Program&gt;</c>).</summary>
public partial class Program;
