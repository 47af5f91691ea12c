using System.CommandLine;
using System.Threading.Tasks;
using Spectre.Console;

namespace Timelines.Tool.Commands;

/// <summary><c>timeline formats</c>: the formats this build knows, with their names and extensions.</summary>
internal static class FormatsCommand
{
    private const string Help = """
        Lists the formats the tool reads and writes (validate, info, query, convert) and the pictures it draws (render), with the names --from and --to take and the extensions that choose them.

        Example:
          timeline formats
        """;

    /// <summary>Creates the command.</summary>
    /// <param name="context">The shared context.</param>
    /// <returns>The command.</returns>
    public static Command Create(ToolContext context)
    {
        var command = new Command("formats", Help);
        command.SetAction((parse, cancellationToken) => context.RunAsync(() =>
        {
            var table = new Table().Border(TableBorder.Rounded);
            table.AddColumns("Name", "Extensions", "Kind", "Description");

            foreach (var format in context.Formats.All)
            {
                var kind = (format.CanRead, format.CanWrite) switch
                {
                    (true, true) => "timeline: read, write",
                    (true, false) => "timeline: read",
                    _ => "timeline: write",
                };
                table.AddRow(new Spectre.Console.Text(format.Name), new Spectre.Console.Text(string.Join(" ", format.Extensions)), new Spectre.Console.Text(kind), new Spectre.Console.Text(format.Description));
            }

            foreach (var picture in context.Pictures.All)
            {
                table.AddRow(new Spectre.Console.Text(picture.Name), new Spectre.Console.Text(string.Join(" ", picture.Extensions)), new Spectre.Console.Text("picture: render"), new Spectre.Console.Text(picture.Description));
            }

            context.Console.Tables.Write(table);
            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }
}
