using System.Globalization;
using System.Text.Json;

namespace ParlQA.Sync.Monitoring;

/// <summary>An overdue case as one JSON object (the CLI's lines and the API's items): camelCase, dates ISO, delayNotice null when none was sent.</summary>
public static class OverdueJson
{
    public static void Write(Utf8JsonWriter writer, OverdueCase item)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(item);
        writer.WriteStartObject();
        writer.WriteString("caseNumber", item.CaseNumber);
        writer.WriteString("subject", item.Subject);
        writer.WriteStartArray("askedBy");
        foreach (var member in item.AskedBy)
        {
            writer.WriteStartObject();
            writer.WriteString("name", member.Name);
            writer.WriteString("party", member.Party);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartArray("addressees");
        foreach (var addressee in item.Addressees)
            writer.WriteStringValue(addressee);
        writer.WriteEndArray();
        writer.WriteString("submittedOn", Iso(item.SubmittedOn));
        writer.WriteNumber("daysOpen", item.DaysOpen);
        if (item.DelayNotice is { } notice)
        {
            writer.WriteStartObject("delayNotice");
            writer.WriteString("date", Iso(notice.Date));
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("delayNotice");
        }
        writer.WriteEndObject();
    }

    /// <summary>One case as a line of JSON.</summary>
    public static string Line(OverdueCase item)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            Write(writer, item);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
