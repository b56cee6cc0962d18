using System.Text;
using ParlQA.Rounds.Storage;

namespace ParlQA.Cli.Commands;

/// <summary>
/// A new password, never from the command line (where it would stay in the shell's history and the process list):
/// typed twice at a prompt that does not echo it, or — when standard input is not a terminal — its first line.
/// </summary>
internal static class PasswordInput
{
    /// <summary>The password, or the reason there is none.</summary>
    public static (string? Password, string? Error) Read(string account, TextReader? stdin, TextWriter stderr)
    {
        string? password;
        if (stdin is not null || Console.IsInputRedirected)
        {
            password = (stdin ?? Console.In).ReadLine();
            if (string.IsNullOrEmpty(password))
                return (null, "no password on standard input (one line)");
        }
        else
        {
            password = Prompt($"New password for {account}: ", stderr);
            if (Prompt("Again: ", stderr) != password)
                return (null, "the two passwords differ");
        }
        return Passwords.Weakness(password) is { } weakness ? (null, weakness) : (password, null);
    }

    private static string Prompt(string prompt, TextWriter stderr)
    {
        stderr.Write(prompt);
        var typed = new StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace)
            {
                if (typed.Length > 0)
                    typed.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                typed.Append(key.KeyChar);
            }
        }
        stderr.WriteLine();
        return typed.ToString();
    }
}
