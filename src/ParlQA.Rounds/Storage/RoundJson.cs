using System.Text.Json;
using System.Text.Json.Serialization;
using ParlQA.Rounds.Domain;

namespace ParlQA.Rounds.Storage;

/// <summary>
/// How a round is written into its row: camelCase, enums by name — source-generated, so the Native AOT build of parlqa
/// (no run-time reflection) reads and writes rounds as the JIT-compiled one does.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(Round))]
internal sealed partial class RoundJson : JsonSerializerContext;
